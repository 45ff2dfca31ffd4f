package io.relaypay.interchange.settlement;

import java.util.List;
import java.util.Objects;

/**
 * What a carrier says it paid Relaypay for a period, line by line, as received (fetched from the
 * carrier or posted by an operator).
 *
 * @param reference the carrier's id of the remittance; importing the same one again changes nothing
 * @param carrier the carrier's name
 * @param currency ISO-4217 code
 * @param period the period it covers
 * @param lines one per charge the carrier remits
 */
public record Remittance(String reference, String carrier, String currency, Period period, List<Line> lines) {

    /** Requires every part; copies the lines. */
    public Remittance {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(period, "period");
        lines = List.copyOf(lines);
        if (reference.isBlank() || reference.length() > 100) {
            throw new IllegalArgumentException("a remittance reference must be 1 to 100 characters");
        }
    }

    /**
     * One remitted charge.
     *
     * @param chargeId the carrier's id of the charge (its operator billing payment id)
     * @param amount what the carrier paid for it, in minor units
     */
    public record Line(String chargeId, long amount) {
        /** Requires the charge id. */
        public Line {
            Objects.requireNonNull(chargeId, "chargeId");
        }
    }

    /** The sum paid. */
    public long total() {
        return lines.stream().mapToLong(Line::amount).sum();
    }
}
