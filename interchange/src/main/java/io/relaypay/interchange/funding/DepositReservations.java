package io.relaypay.interchange.funding;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reservation a deposit holds at a source that {@link FundingSource#reserves()} (the phone
 * bill): made when the deposit is created, released before a deposit that was never confirmed is
 * cancelled or expires. Sources that reserve nothing pass through unchanged.
 */
final class DepositReservations {

    private static final Logger log = LoggerFactory.getLogger(DepositReservations.class);

    /** How ending a waiting deposit went. */
    enum Ending {
        /** It ended, and nothing is held at its source. */
        ENDED,
        /** Another worker moved it first, or the source had already charged it: it did not end. */
        MOVED_ON,
        /** The source did not answer the release: it still waits, and ending it may be tried again. */
        NO_ANSWER
    }

    private final DepositStore store;
    private final FundingSources sources;
    private final Clock clock;

    DepositReservations(DepositStore store, FundingSources sources, Clock clock) {
        this.store = store;
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * Reserves the amount, so the confirmation cannot fail for want of credit: a refusal fails the
     * deposit at once (the caller sends no code); no answer leaves it waiting without a reservation
     * id, and the confirmation reserves again by the same reference, so at most one reservation
     * exists.
     */
    Deposit reserve(Deposit deposit, FundingCharge charge) {
        FundingSource source = sources.of(deposit.kind());
        if (!source.reserves()) {
            return deposit;
        }
        FundingOutcome outcome = source.reserve(charge);
        Deposit next = switch (outcome) {
            case FundingOutcome.Reserved r -> deposit.withCharge(r.chargeId(), Optional.empty());
            case FundingOutcome.Declined d -> deposit.failed(d.code(), clock.instant());
            default -> {
                log.info("deposit={} reservation outcome {}; reserved again on confirmation", deposit.id(), outcome);
                yield deposit;
            }
        };
        if (next == deposit) {
            return deposit;
        }
        if (!store.replace(next, deposit.status(), deposit.updatedAt())) {
            return store.find(deposit.id()).orElseThrow();
        }
        log.info(
                "deposit={} status={} reservation={}",
                next.id(),
                next.status().wire(),
                next.chargeId().orElse("-"));
        return next;
    }

    /**
     * Releases the reservation, then moves the waiting deposit to {@code end}. Released before the
     * move: a confirmation racing with it either won the compare-and-set first (the release then
     * finds the charge, or the deposit moved on) or finds the reservation cancelled and fails.
     */
    Ending end(Deposit deposit, FundingCharge charge, DepositStatus end) {
        FundingSource source = sources.of(deposit.kind());
        if (source.reserves()) {
            FundingSource.Release release = source.release(charge);
            if (release == FundingSource.Release.UNKNOWN) {
                log.info("deposit={} release unanswered; left waiting", deposit.id());
                return Ending.NO_ANSWER;
            }
            if (release == FundingSource.Release.CHARGED) {
                return Ending.MOVED_ON;
            }
        }
        if (!store.replace(deposit.with(end, clock.instant()), deposit.status(), deposit.updatedAt())) {
            return Ending.MOVED_ON;
        }
        log.info("deposit={} status={}", deposit.id(), end.wire());
        return Ending.ENDED;
    }
}
