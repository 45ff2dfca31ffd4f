package io.relaypay.interchange.deposits;

import io.relaypay.routing.planner.Limits;
import io.relaypay.routing.planner.PricePoints;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What deposits may do: each carrier's premium price points, the limits a plan must keep, when plan
 * days begin, and how long a request waits for its confirmation.
 *
 * @param pricePoints carrier name → the prices it bills premium messages at
 * @param limits per-day and per-month limits of one deposit's plan, and how many days it may span
 * @param zone the zone whose midnight starts a plan day
 * @param confirmationValidity how long the confirmation codes are valid
 * @param maxConfirmAttempts wrong codes after which the request fails
 * @param livemode whether deposits book live money (false: test-mode balances, as the demo)
 */
public record DepositTerms(
        Map<String, PricePoints> pricePoints,
        Limits limits,
        ZoneId zone,
        Duration confirmationValidity,
        int maxConfirmAttempts,
        boolean livemode) {

    /** Requires every part. */
    public DepositTerms {
        pricePoints = Map.copyOf(pricePoints);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(confirmationValidity, "confirmationValidity");
        if (maxConfirmAttempts < 1) {
            throw new IllegalArgumentException("max confirm attempts must be at least 1");
        }
    }

    /** The price points of {@code carrier}, when it bills premium messages. */
    public Optional<PricePoints> pricePointsOf(String carrier) {
        return Optional.ofNullable(pricePoints.get(carrier));
    }
}
