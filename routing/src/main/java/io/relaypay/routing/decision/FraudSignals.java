package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * What the fraud side knows about the payer right now.
 *
 * @param attemptsLastHour payment attempts by this user in the last hour, this one excluded
 * @param attemptsLastDay payment attempts by this user in the last 24 hours, this one excluded
 * @param numberBlocked the number is on a live blocklist (the feed, not the configured list)
 * @param deviceBlocked the device is on a live blocklist
 * @param numberFirstSeen when Relaypay first saw this number
 * @param failedPins consecutive failed PIN entries since the last success
 */
public record FraudSignals(
        int attemptsLastHour,
        int attemptsLastDay,
        boolean numberBlocked,
        boolean deviceBlocked,
        Instant numberFirstSeen,
        int failedPins) {

    /** Counts are never negative. */
    public FraudSignals {
        requireNonNull(numberFirstSeen, "numberFirstSeen");
        if (attemptsLastHour < 0 || attemptsLastDay < 0 || failedPins < 0) {
            throw new IllegalArgumentException("fraud counts must not be negative");
        }
    }

    /** A long-known number with no attempts, blocks or failed PINs. */
    public static FraudSignals clean(Instant numberFirstSeen) {
        return new FraudSignals(0, 0, false, false, numberFirstSeen, 0);
    }
}
