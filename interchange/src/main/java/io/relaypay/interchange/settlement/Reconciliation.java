package io.relaypay.interchange.settlement;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A remittance matched against what the carrier owed, line by line, and how it was booked.
 *
 * @param id {@code rem_…}
 * @param remittance the remittance as received
 * @param livemode which books it was matched against
 * @param matched cash booked against the carrier's receivable (negative when matched refunds to the
 *     bill outweigh matched charges)
 * @param unmatched cash booked to suspense (unexpected lines, overpayments)
 * @param booked whether the ledger transfers are in
 * @param lines every line's outcome, mismatches included
 * @param createdAt when it was imported
 */
public record Reconciliation(
        String id,
        Remittance remittance,
        boolean livemode,
        long matched,
        long unmatched,
        boolean booked,
        List<Line> lines,
        Instant createdAt) {

    /** Copies the lines. */
    public Reconciliation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(remittance, "remittance");
        lines = List.copyOf(lines);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** How one charge came out. */
    public enum Outcome {
        /** Remitted as owed. */
        MATCHED,
        /** Owed (a settled operator billing charge up to the period's end) but not remitted. */
        MISSING,
        /** Remitted but not owed: unknown, or remitted before. */
        UNEXPECTED,
        /** Remitted with another amount than its payable. */
        AMOUNT_DIFFERS;

        /** The wire name, e.g. {@code amount_differs}. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One charge.
     *
     * @param chargeId the carrier's charge id
     * @param paymentId our payment, when the charge is ours
     * @param expected what the carrier owed for it (0 when unexpected)
     * @param remitted what it paid (0 when missing)
     * @param outcome the outcome
     */
    public record Line(String chargeId, String paymentId, long expected, long remitted, Outcome outcome) {}

    /** The lines that are not {@code MATCHED}. */
    public List<Line> mismatches() {
        return lines.stream().filter(l -> l.outcome() != Outcome.MATCHED).toList();
    }
}
