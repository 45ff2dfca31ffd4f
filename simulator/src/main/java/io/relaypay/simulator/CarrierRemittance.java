package io.relaypay.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a carrier pays a service provider for a period: its {@link CarrierRevenue} payable (billed
 * minus the carrier's share) for the bill lines of that period, with one line per charge or refund.
 *
 * @param reference the carrier's id of the remittance, stable for the same carrier and period
 * @param carrier the carrier's name
 * @param currency its billing currency
 * @param from the first instant of the period
 * @param to the first instant after it
 * @param lines one per bill line in the period, oldest first
 */
public record CarrierRemittance(
        String reference, String carrier, String currency, Instant from, Instant to, List<Line> lines) {

    /** Copies the lines. */
    public CarrierRemittance {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(carrier, "carrier");
        lines = List.copyOf(lines);
    }

    /**
     * One remitted bill line.
     *
     * @param reference the charge's network reference (operator billing payment id, premium message
     *     id or refund id)
     * @param kind what put it on the bill
     * @param billedMinor what the subscriber paid (negative for a refund)
     * @param carrierShareMinor what the carrier keeps of it
     * @param payableMinor what is paid to the service provider ({@code billed − share})
     * @param at when it was billed
     */
    public record Line(
            String reference,
            ChargeKind kind,
            long billedMinor,
            long carrierShareMinor,
            long payableMinor,
            Instant at) {}

    /** The sum paid: the period's payable. */
    public long payableMinor() {
        return lines.stream().mapToLong(Line::payableMinor).sum();
    }

    /** The remittance of {@code charges} that fall in {@code [from, to)}. */
    public static CarrierRemittance of(
            String carrier, String currency, Instant from, Instant to, List<Charge> charges) {
        List<Line> lines = charges.stream()
                .filter(c -> !c.at().isBefore(from) && c.at().isBefore(to))
                .map(c -> new Line(
                        c.reference(),
                        c.kind(),
                        c.amountMinor(),
                        c.carrierShareMinor(),
                        c.providerShareMinor(),
                        c.at()))
                .toList();
        // Milliseconds, not seconds: two periods within the same second are two remittances, and a
        // receiver that keys remittances by reference must not take the second for the first.
        String reference = "rem-" + carrier + "-" + from.toEpochMilli() + "-" + to.toEpochMilli();
        return new CarrierRemittance(reference, carrier, currency, from, to, lines);
    }
}
