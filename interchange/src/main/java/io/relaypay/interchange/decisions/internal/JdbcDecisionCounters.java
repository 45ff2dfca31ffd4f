package io.relaypay.interchange.decisions.internal;

import io.relaypay.interchange.decisions.BuyerHistory;
import io.relaypay.interchange.decisions.DecisionCounters;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.routing.decision.Totals;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The decision counters from the {@code payments} and {@code users} tables. A payment counts
 * towards totals from the moment it is approved (waiting for confirmation) until it fails, so two
 * payments started at once cannot together pass a cap; refunds are netted out. Counts stay within
 * the payment's mode (test payments never use up live limits).
 */
public final class JdbcDecisionCounters implements DecisionCounters {

    private static final String SPENDING = "status IN ('REQUIRES_CONFIRMATION', 'PROCESSING', 'SUCCEEDED')";

    private final JdbcClient jdbc;

    /** Counters over {@code jdbc}. */
    public JdbcDecisionCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BuyerHistory history(Payment payment, String phoneNumber, Windows windows, boolean merchantTotals) {
        Totals buyer = totals("phone_number = :who", phoneNumber, payment, windows);
        Totals merchant =
                merchantTotals ? totals("merchant_id = :who", payment.merchantId(), payment, windows) : Totals.NONE;
        int[] attempts = jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN created_at >= :hour THEN 1 ELSE 0 END), 0) AS last_hour,
                       COUNT(*) AS last_day
                FROM payments WHERE phone_number = :phone AND id <> :id AND created_at >= :day""")
                .param("hour", SqlTime.of(windows.hourAgo()))
                .param("day", SqlTime.of(windows.dayAgo()))
                .param("phone", phoneNumber)
                .param("id", payment.id())
                .query((rs, row) -> new int[] {rs.getInt("last_hour"), rs.getInt("last_day")})
                .single();
        Optional<Instant> userSince = jdbc.sql("SELECT created_at FROM users WHERE phone_number = ?")
                .param(phoneNumber)
                .query((rs, row) -> SqlTime.read(rs, "created_at"))
                .optional();
        Optional<Instant> paidSince = jdbc.sql(
                        "SELECT MIN(created_at) FROM payments WHERE phone_number = ? AND id <> ?")
                .params(phoneNumber, payment.id())
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant))
                .single();
        int failedPins = jdbc.sql("SELECT pin_failures FROM users WHERE phone_number = ?")
                .param(phoneNumber)
                .query(Integer.class)
                .optional()
                .orElse(0);
        Optional<Instant> firstSeen =
                Stream.of(userSince, paidSince).flatMap(Optional::stream).min(Instant::compareTo);
        return new BuyerHistory(buyer, merchant, attempts[0], attempts[1], firstSeen, failedPins);
    }

    private Totals totals(String who, String value, Payment payment, Windows windows) {
        return jdbc.sql("SELECT COALESCE(SUM(CASE WHEN created_at >= :day THEN amount - amount_refunded ELSE 0 END), 0)"
                        + " AS day_total, COALESCE(SUM(amount - amount_refunded), 0) AS month_total FROM payments"
                        + " WHERE " + who + " AND currency = :currency AND livemode = :livemode AND id <> :id AND "
                        + SPENDING + " AND created_at >= :month")
                .param("day", SqlTime.of(windows.dayStart()))
                .param("month", SqlTime.of(windows.monthStart()))
                .param("who", value)
                .param("currency", payment.currency())
                .param("livemode", payment.livemode())
                .param("id", payment.id())
                .query((rs, row) ->
                        new Totals(Math.max(0, rs.getLong("day_total")), Math.max(0, rs.getLong("month_total"))))
                .single();
    }
}
