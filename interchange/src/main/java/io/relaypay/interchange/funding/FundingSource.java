package io.relaypay.interchange.funding;

/**
 * Takes money from outside Relaypay: a card, a bank account, a stored-value account or a phone
 * bill. Every call is idempotent by the charge's reference, so a retry after a lost answer never
 * charges twice; an unknown outcome is settled by {@link #lookup}.
 */
public interface FundingSource {

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
