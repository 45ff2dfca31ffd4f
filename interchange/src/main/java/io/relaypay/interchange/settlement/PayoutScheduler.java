package io.relaypay.interchange.settlement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One scheduled pass: runs the payouts of the last period that has ended (periods of a fixed length
 * from the epoch, UTC) and finishes payouts stuck in {@code PENDING}. Every node may run it: the
 * runs are idempotent per merchant and period.
 */
public final class PayoutScheduler {

    private final PayoutRuns runs;
    private final Clock clock;
    private final Duration period;
    private final Duration stuckAfter;
    private final int batch;

    /** Passes over {@code runs} with periods of {@code period}. */
    public PayoutScheduler(PayoutRuns runs, Clock clock, Duration period, Duration stuckAfter, int batch) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.period = Objects.requireNonNull(period, "period");
        this.stuckAfter = Objects.requireNonNull(stuckAfter, "stuckAfter");
        this.batch = batch;
    }

    /** The last period of this length that ended at or before {@code now}. */
    public static Period lastEnded(Instant now, Duration length) {
        long millis = length.toMillis();
        Instant end = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), millis) * millis);
        return new Period(end.minus(length), end);
    }

    /** One pass. */
    public PayoutRuns.Run tick() {
        Instant now = clock.instant();
        runs.finishStuck(now.minus(stuckAfter), batch);
        return runs.run(lastEnded(now, period));
    }
}
