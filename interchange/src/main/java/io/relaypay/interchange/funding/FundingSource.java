package io.relaypay.interchange.funding;

/**
 * Takes money from outside Relaypay: a card, a bank account, a stored-value account or a phone
 * bill. Every call is idempotent by the charge's reference, so a retry after a lost answer never
 * charges twice; an unknown outcome is settled by {@link #lookup}.
 *
 * <p>A source that {@link #reserves()} (the phone bill) holds the amount when the deposit is
 * created ({@link #reserve}), takes it once the user confirmed ({@link #capture}, or {@link
 * #charge}, which reserves first when it must), and gives it back when the deposit is cancelled or
 * expires ({@link #release}).
 */
public interface FundingSource {

    /** What became of a reservation asked to be released. */
    enum Release {
        /** Nothing is held any more (released now or earlier, expired, or never made). */
        RELEASED,
        /** It had been charged: the deposit is not abandoned after all. */
        CHARGED,
        /** No usable answer: ask again later. */
        UNKNOWN
    }

    /** Whether charges are reserved first and captured after the confirmation. */
    default boolean reserves() {
        return false;
    }

    /**
     * Reserves the charge's amount without taking it, idempotent by reference: {@link
     * FundingOutcome.Reserved}, {@link FundingOutcome.Declined} or {@link FundingOutcome.Unknown}.
     *
     * @throws UnsupportedOperationException when this source does not {@link #reserves()}
     */
    default FundingOutcome reserve(FundingCharge charge) {
        throw new UnsupportedOperationException(kind().wire() + " reserves nothing");
    }

    /**
     * Takes what {@link #reserve} held under {@code reservationId}; taking it twice takes it once.
     *
     * @throws UnsupportedOperationException when this source does not {@link #reserves()}
     */
    default FundingOutcome capture(FundingCharge charge, String reservationId) {
        throw new UnsupportedOperationException(kind().wire() + " reserves nothing");
    }

    /**
     * Gives back whatever is reserved under the charge's reference (looked up, so a reservation
     * whose answer was lost is found too); safe when nothing is held.
     *
     * @throws UnsupportedOperationException when this source does not {@link #reserves()}
     */
    default Release release(FundingCharge charge) {
        throw new UnsupportedOperationException(kind().wire() + " reserves nothing");
    }

    /** The kind of instrument it charges. */
    FundingKind kind();

    /** Charges the instrument; the same reference again gives the same charge. */
    FundingOutcome charge(FundingCharge charge);

    /**
     * The charge made with {@code charge.reference()} as it is now: {@link FundingOutcome.NotFound}
     * when none was made, {@link FundingOutcome.Pending} while a bank debit settles.
     */
    FundingOutcome lookup(FundingCharge charge);

    /**
     * The buyer's answer to a challenge the charge asked for.
     *
     * @throws UnsupportedOperationException when this source never asks for one
     */
    default FundingOutcome answerChallenge(FundingCharge charge, String chargeId, String code) {
        throw new UnsupportedOperationException(kind().wire() + " asks no challenge");
    }

    /** Gives money back to the instrument, idempotent by the refund's reference. */
    FundingRefund.Outcome refund(FundingRefund refund);
}
