package io.relaypay.interchange.funding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles stuck deposits: charges whose outcome is unknown are looked up by reference (and only
 * charged when the source has none, so never twice; a phone-bill reservation the user confirmed is
 * captured), bank debits are polled until they settle or return, challenges whose answer was lost
 * are found captured, deposits never confirmed expire after their reservation on the bill was
 * released (one the carrier did not answer for waits for the next pass), and refunds whose source
 * did not answer are asked again. Safe on every node at once: each move is a compare-and-set.
 */
public final class DepositJanitor {

    private static final Logger log = LoggerFactory.getLogger(DepositJanitor.class);

    private final DepositStore store;
    private final Deposits deposits;
    private final DepositRefunds refunds;
    private final Clock clock;
    private final Duration retryAfter;
    private final Duration confirmationTtl;
    private final int batch;

    /**
     * A janitor.
     *
     * @param retryAfter how long a deposit waits in processing, pending or requires_action between looks
     * @param confirmationTtl how long a deposit may wait for its confirmation
     * @param batch deposits per pass and state
     */
    public DepositJanitor(
            DepositStore store,
            Deposits deposits,
            DepositRefunds refunds,
            Clock clock,
            Duration retryAfter,
            Duration confirmationTtl,
            int batch) {
        this.store = Objects.requireNonNull(store, "store");
        this.deposits = Objects.requireNonNull(deposits, "deposits");
        this.refunds = Objects.requireNonNull(refunds, "refunds");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
        this.confirmationTtl = Objects.requireNonNull(confirmationTtl, "confirmationTtl");
        this.batch = batch;
    }

    /**
     * What one pass did.
     *
     * @param looked deposits looked up at their source
     * @param expired deposits never confirmed that expired
     * @param refunds deposit refunds whose source answered now
     */
    public record Pass(int looked, int expired, int refunds) {}

    /** One pass now. */
    public Pass tick() {
        Instant now = clock.instant();
        int looked = 0;
        for (Deposit deposit : store.stale(
                EnumSet.of(DepositStatus.PROCESSING, DepositStatus.PENDING, DepositStatus.REQUIRES_ACTION),
                now.minus(retryAfter),
                batch)) {
            try {
                deposits.process(deposit);
                looked++;
            } catch (RuntimeException e) {
                log.warn("deposit={} janitor pass failed: {}", deposit.id(), e.toString());
            }
        }
        int expired = 0;
        for (Deposit deposit :
                store.stale(EnumSet.of(DepositStatus.REQUIRES_CONFIRMATION), now.minus(confirmationTtl), batch)) {
            try {
                if (deposits.expire(deposit)) {
                    expired++;
                }
            } catch (RuntimeException e) {
                log.warn("deposit={} janitor expiry failed: {}", deposit.id(), e.toString());
            }
        }
        int refunded = refunds.completePending(now.minus(retryAfter), batch);
        return new Pass(looked, expired, refunded);
    }
}
