package io.relaypay.interchange.settlement;

import java.time.Instant;
import java.util.Objects;

/**
 * A statement or payout period: from {@code start} (included) to {@code end} (excluded).
 *
 * @param start the first instant in it
 * @param end the first instant after it
 */
public record Period(Instant start, Instant end) {

    /** Rejects an empty or reversed period. */
    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a period must end after it starts");
        }
    }

    /** Whether {@code at} falls in it. */
    public boolean contains(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }
}
