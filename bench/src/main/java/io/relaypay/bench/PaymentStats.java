package io.relaypay.bench;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What the buyers of {@link PaymentLoad} saw, shared by all of them: a latency histogram per step
 * (microseconds) for payments started inside the measured window, the payments that succeeded
 * inside it, and failures by kind.
 */
final class PaymentStats {

    /** The steps of one payment, in order. */
    enum Step {
        /** {@code POST /v1/payments}: the merchant's backend creates the payment. */
        CREATE("POST /v1/payments"),
        /** {@code GET /checkout/{id}}: the buyer opens the page. */
        PAGE("GET /checkout/{id}"),
        /** {@code POST /checkout/{id}/phone}: decision, user, codes, confirmation SMS queued. */
        PHONE("POST /checkout/{id}/phone"),
        /** From the phone form's answer until the code is in the phone's inbox: outbox, route, SMPP. */
        SMS("SMS code reaches the phone"),
        /** {@code POST /checkout/{id}/code} (settles), or the MO reply until the payment succeeded. */
        CONFIRM("confirm (code or reply)"),
        /** Until the merchant knows: its webhook arrived, or {@code GET /v1/payments/{id}} says so. */
        STATUS("merchant learns it succeeded"),
        /** From the create request to succeeded seen. */
        END_TO_END("end to end");

        final String label;

        Step(String label) {
            this.label = label;
        }
    }

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final Map<Step, Histogram> micros = new EnumMap<>(Step.class);
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final LongAdder succeededInWindow = new LongAdder();
    private final LongAdder startedInWindow = new LongAdder();
    private final LongAdder succeededTotal = new LongAdder();
    private final LongAdder lateStarts = new LongAdder();
    private final long windowStart;
    private final long windowEnd;

    PaymentStats(long windowStartNanos, long windowEndNanos) {
        this.windowStart = windowStartNanos;
        this.windowEnd = windowEndNanos;
        for (Step step : Step.values()) {
            micros.put(step, new ConcurrentHistogram(MAX_MICROS, 3));
        }
    }

    boolean inWindow(long nanos) {
        return nanos >= windowStart && nanos < windowEnd;
    }

    long windowEnd() {
        return windowEnd;
    }

    void started(long nanos) {
        if (inWindow(nanos)) {
            startedInWindow.increment();
        }
    }

    /** Records a step of a payment that started at {@code paymentStart}. */
    void record(Step step, long paymentStart, long fromNanos, long toNanos) {
        if (inWindow(paymentStart)) {
            micros.get(step).recordValue(Math.min(MAX_MICROS, Math.max(0, (toNanos - fromNanos) / 1_000)));
        }
    }

    void succeeded(long paymentStart, long doneNanos) {
        succeededTotal.increment();
        if (inWindow(doneNanos)) {
            succeededInWindow.increment();
        }
        record(Step.END_TO_END, paymentStart, paymentStart, doneNanos);
    }

    void failed(String kind) {
        failures.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    /** A paced start that began more than 10 ms after its slot: the clients did not keep up. */
    void lateStart() {
        lateStarts.increment();
    }

    long succeededInWindow() {
        return succeededInWindow.sum();
    }

    long succeededTotal() {
        return succeededTotal.sum();
    }

    long failuresTotal() {
        return failures.values().stream().mapToLong(LongAdder::sum).sum();
    }

    Histogram histogram(Step step) {
        return micros.get(step);
    }

    /** Prints the counts and a table of the steps in milliseconds. */
    void print(PrintStream out, double windowSeconds) {
        out.printf(
                "payments: started in window %d, succeeded in window %d (%.1f/s), succeeded in all %d, failed %d, late starts %d%n",
                startedInWindow.sum(),
                succeededInWindow.sum(),
                succeededInWindow.sum() / windowSeconds,
                succeededTotal.sum(),
                failuresTotal(),
                lateStarts.sum());
        new TreeMap<>(failures).forEach((kind, count) -> out.printf("  failed %-60s %d%n", kind, count.sum()));
        out.printf("%-40s %8s %8s %8s %8s %8s %8s%n", "step (ms)", "count", "p50", "p90", "p99", "p99.9", "max");
        for (Step step : Step.values()) {
            Histogram h = micros.get(step);
            out.printf(
                    "%-40s %8d %8.2f %8.2f %8.2f %8.2f %8.2f%n",
                    step.label,
                    h.getTotalCount(),
                    h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(90) / 1000.0,
                    h.getValueAtPercentile(99) / 1000.0,
                    h.getValueAtPercentile(99.9) / 1000.0,
                    h.getMaxValue() / 1000.0);
        }
    }
}
