package io.relaypay.interchange.funds;

import io.relaypay.interchange.refunds.RefundService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes refunds a crash or a slow ledger left {@code pending} for longer than the lease. Safe on
 * every node at once: refund completion is conditional and its transfer id derived from the refund.
 * Payments stuck in {@code PROCESSING} are the checkout's {@code PaymentJanitor}'s: it settles them
 * again (which also reconciles a carrier charge whose answer was lost) and tells the buyer.
 */
public final class FundsJanitor {

    private static final Logger log = LoggerFactory.getLogger(FundsJanitor.class);

    private final RefundService refunds;
    private final Clock clock;
    private final Duration lease;
    private final int batch;

    /** A janitor that retries refunds untouched for {@code lease}, up to {@code batch} per tick. */
    public FundsJanitor(RefundService refunds, Clock clock, Duration lease, int batch) {
        this.refunds = Objects.requireNonNull(refunds, "refunds");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.batch = batch;
    }

    /**
     * What one pass did.
     *
     * @param refunds refunds completed
     */
    public record Pass(int refunds) {}

    /** One pass, now. */
    public Pass tick() {
        return tick(clock.instant());
    }

    /** One pass as if at {@code now} (tests pass a later time instead of waiting out the lease). */
    public Pass tick(Instant now) {
        int completed = refunds.completePending(now.minus(lease), batch);
        Pass pass = new Pass(completed);
        if (completed > 0) {
            log.info("funds janitor: {}", pass);
        }
        return pass;
    }
}
