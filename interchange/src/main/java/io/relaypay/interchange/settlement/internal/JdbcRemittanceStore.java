package io.relaypay.interchange.settlement.internal;

import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.interchange.settlement.Period;
import io.relaypay.interchange.settlement.Reconciliation;
import io.relaypay.interchange.settlement.Remittance;
import io.relaypay.interchange.settlement.RemittanceStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Remittances in {@code remittances} and {@code remittance_lines}; what carriers owe, by the
 * carrier's charge reference, from settled operator billing charges ({@code payment_fundings} with
 * {@code payments}), billed premium plan items ({@code deposit_items} with {@code deposits}),
 * credited premium MOs ({@code premium_mo_charges}), credited phone-bill funding deposits
 * ({@code funding_deposits}) and, owed back, refunds to the phone bill ({@code phone_bill_refunds}).
 */
public final class JdbcRemittanceStore implements RemittanceStore {

    /** Outcomes that count a charge as paid by the carrier. */
    private static final String PAID = "('MATCHED', 'AMOUNT_DIFFERS')";

    private final JdbcClient jdbc;
    private final Transactions transactions;

    /** A store over {@code jdbc}. */
    public JdbcRemittanceStore(JdbcClient jdbc, Transactions transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Every charge a carrier was credited for, whatever made it: its reference, our object, what
     * the carrier owes (the price less the share booked when it was credited) and when. A premium
     * item counts from when its receipt (or reconciliation) said billed; one credited without a
     * reference cannot be matched and is left out. A phone-bill funding deposit counts from when
     * it was credited, by the billing API's payment id (its {@code charge_id}); the carrier and the
     * share are recorded after its ledger credit, so one without them is not owed yet. A refund to
     * the phone bill (of a payment or a funding deposit) is owed back: a negative payable, the
     * amount less the share its booking took back from the carrier, under the carrier's refund id.
     */
    private static final String CHARGES = """
            SELECT f.charge_id, f.payment_id AS object_id, p.amount - f.carrier_share AS payable,
                f.created_at AS charged_at, f.carrier, p.livemode, p.currency
            FROM payment_fundings f JOIN payments p ON p.id = f.payment_id
            WHERE f.state = 'SETTLED' AND f.charge_id IS NOT NULL
            UNION ALL
            SELECT i.charge_reference, i.id, i.price - i.carrier_share, i.updated_at, d.carrier, d.livemode, d.currency
            FROM deposit_items i JOIN deposits d ON d.id = i.deposit_id
            WHERE i.state = 'BILLED' AND i.charge_reference IS NOT NULL AND i.carrier_share IS NOT NULL
            UNION ALL
            SELECT m.charge_reference, m.id, m.amount - m.carrier_share, m.received_at, m.carrier, m.livemode, m.currency
            FROM premium_mo_charges m
            WHERE m.state = 'CREDITED' AND m.charge_reference IS NOT NULL AND m.carrier_share IS NOT NULL
            UNION ALL
            SELECT fd.charge_id, fd.id, fd.amount - fd.carrier_share, fd.credited_at, fd.carrier, fd.livemode, fd.currency
            FROM funding_deposits fd
            WHERE fd.kind = 'OPERATOR_BILLING' AND fd.charge_id IS NOT NULL AND fd.carrier_share IS NOT NULL
            UNION ALL
            SELECT b.charge_reference, b.refund_id, b.carrier_share - b.amount, b.refunded_at, b.carrier, b.livemode, b.currency
            FROM phone_bill_refunds b""";

    @Override
    public List<Owed> owed(String carrier, boolean livemode, String currency, Instant until) {
        return jdbc.sql("SELECT c.charge_id, c.object_id, c.payable FROM (" + CHARGES + ") c"
                        + " WHERE c.carrier = ? AND c.livemode = ? AND c.currency = ? AND c.charged_at < ?"
                        + " AND NOT EXISTS (SELECT 1 FROM remittance_lines l JOIN remittances r ON r.id = l.remittance_id"
                        + "   WHERE l.charge_id = c.charge_id AND r.carrier = c.carrier AND r.livemode = c.livemode"
                        + "   AND l.outcome IN " + PAID + ")"
                        + " ORDER BY c.charged_at, c.object_id")
                .params(carrier, livemode, currency, SqlTime.of(until))
                .query((rs, n) -> new Owed(rs.getString("charge_id"), rs.getString("object_id"), rs.getLong("payable")))
                .list();
    }

    @Override
    public List<String> alreadyRemitted(String carrier, boolean livemode, List<String> chargeIds) {
        if (chargeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT l.charge_id FROM remittance_lines l JOIN remittances r ON r.id = l.remittance_id"
                        + " WHERE r.carrier = :carrier AND r.livemode = :livemode AND l.outcome IN " + PAID
                        + " AND l.charge_id IN (:ids)")
                .param("carrier", carrier)
                .param("livemode", livemode)
                .param("ids", chargeIds)
                .query(String.class)
                .list();
    }

    @Override
    public Optional<Reconciliation> find(String carrier, boolean livemode, String reference) {
        return jdbc.sql("SELECT * FROM remittances WHERE carrier = ? AND livemode = ? AND reference = ?")
                .params(carrier, livemode, reference)
                .query(this::header)
                .optional()
                .map(this::withLines);
    }

    @Override
    public Optional<Reconciliation> find(String id) {
        return jdbc.sql("SELECT * FROM remittances WHERE id = ?")
                .param(id)
                .query(this::header)
                .optional()
                .map(this::withLines);
    }

    @Override
    public Reconciliation insertIfAbsent(Reconciliation r) {
        try {
            return transactions.inTransaction(() -> {
                insert(r);
                return r;
            });
        } catch (DuplicateKeyException concurrentImport) {
            return find(r.remittance().carrier(), r.livemode(), r.remittance().reference())
                    .orElseThrow(() -> concurrentImport);
        }
    }

    private void insert(Reconciliation r) {
        Remittance m = r.remittance();
        jdbc.sql("""
                INSERT INTO remittances (id, carrier, reference, livemode, currency, period_start, period_end, total,
                    matched, unmatched, booked, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        r.id(),
                        m.carrier(),
                        m.reference(),
                        r.livemode(),
                        m.currency(),
                        SqlTime.of(m.period().start()),
                        SqlTime.of(m.period().end()),
                        m.total(),
                        r.matched(),
                        r.unmatched(),
                        r.booked(),
                        SqlTime.of(r.createdAt()))
                .update();
        for (Reconciliation.Line line : r.lines()) {
            jdbc.sql("INSERT INTO remittance_lines (remittance_id, charge_id, payment_id, expected, remitted, outcome)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(
                            r.id(),
                            line.chargeId(),
                            line.paymentId(),
                            line.expected(),
                            line.remitted(),
                            line.outcome().name())
                    .update();
        }
    }

    @Override
    public void markBooked(String id) {
        jdbc.sql("UPDATE remittances SET booked = TRUE WHERE id = ?").param(id).update();
    }

    @Override
    public List<Reconciliation> unbooked(Instant before, int limit) {
        return jdbc
                .sql("SELECT * FROM remittances WHERE booked = FALSE AND created_at < ?"
                        + " ORDER BY created_at FETCH FIRST ? ROWS ONLY")
                .params(SqlTime.of(before), limit)
                .query(this::header)
                .list()
                .stream()
                .map(this::withLines)
                .toList();
    }

    private Reconciliation header(ResultSet rs, int n) throws SQLException {
        Remittance remittance = new Remittance(
                rs.getString("reference"),
                rs.getString("carrier"),
                rs.getString("currency").trim(),
                new Period(SqlTime.read(rs, "period_start"), SqlTime.read(rs, "period_end")),
                List.of());
        return new Reconciliation(
                rs.getString("id"),
                remittance,
                rs.getBoolean("livemode"),
                rs.getLong("matched"),
                rs.getLong("unmatched"),
                rs.getBoolean("booked"),
                List.of(),
                SqlTime.read(rs, "created_at"));
    }

    private Reconciliation withLines(Reconciliation header) {
        List<Reconciliation.Line> lines = jdbc.sql(
                        "SELECT * FROM remittance_lines WHERE remittance_id = ?" + " ORDER BY outcome, charge_id")
                .param(header.id())
                .query((rs, n) -> new Reconciliation.Line(
                        rs.getString("charge_id"),
                        rs.getString("payment_id"),
                        rs.getLong("expected"),
                        rs.getLong("remitted"),
                        Reconciliation.Outcome.valueOf(rs.getString("outcome"))))
                .list();
        Remittance m = header.remittance();
        Remittance full = new Remittance(
                m.reference(),
                m.carrier(),
                m.currency(),
                m.period(),
                lines.stream()
                        .filter(l -> l.outcome() != Reconciliation.Outcome.MISSING)
                        .map(l -> new Remittance.Line(l.chargeId(), l.remitted()))
                        .toList());
        return new Reconciliation(
                header.id(),
                full,
                header.livemode(),
                header.matched(),
                header.unmatched(),
                header.booked(),
                lines,
                header.createdAt());
    }
}
