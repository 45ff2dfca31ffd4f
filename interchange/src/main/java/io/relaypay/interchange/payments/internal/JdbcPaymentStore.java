package io.relaypay.interchange.payments.internal;

import io.relaypay.interchange.payments.FailureReason;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.interchange.payments.PaymentStore;
import io.relaypay.interchange.payments.ShippingAddress;
import io.relaypay.interchange.persistence.SqlTime;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Payments in the {@code payments} table, updated under an optimistic version lock. */
public final class JdbcPaymentStore implements PaymentStore {

    private final JdbcClient jdbc;

    /** A store over {@code jdbc}. */
    public JdbcPaymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Payment p) {
        jdbc.sql("""
                INSERT INTO payments (id, merchant_id, livemode, status, amount, currency, amount_refunded,
                    reference, description, success_url, cancel_url, phone_number, user_id, failure_reason,
                    failure_message, created_at, expires_at, updated_at, version, collect_shipping_address)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(
                        p.id(),
                        p.merchantId(),
                        p.livemode(),
                        p.status().name(),
                        p.amount(),
                        p.currency(),
                        p.amountRefunded(),
                        p.reference(),
                        p.description().orElse(null),
                        p.successUrl().map(URI::toString).orElse(null),
                        p.cancelUrl().map(URI::toString).orElse(null),
                        p.phoneNumber().orElse(null),
                        p.userId().orElse(null),
                        p.failure().map(f -> f.reason().name()).orElse(null),
                        p.failure().map(Payment.Failure::message).orElse(null),
                        SqlTime.of(p.createdAt()),
                        SqlTime.of(p.expiresAt()),
                        SqlTime.of(p.updatedAt()),
                        p.collectShippingAddress())
                .update();
    }

    @Override
    public Optional<Payment> find(String paymentId) {
        return jdbc.sql("SELECT * FROM payments WHERE id = ?")
                .param(paymentId)
                .query(JdbcPaymentStore::payment)
                .optional();
    }

    @Override
    public Optional<Payment> update(Payment current, Payment next) {
        int updated = jdbc.sql("""
                UPDATE payments SET status = ?, amount_refunded = ?, phone_number = ?, user_id = ?,
                    failure_reason = ?, failure_message = ?, updated_at = ?, version = version + 1,
                    shipping_name = ?, shipping_line1 = ?, shipping_line2 = ?, shipping_city = ?,
                    shipping_region = ?, shipping_postal_code = ?, shipping_country = ?
                WHERE id = ? AND version = ?""")
                .params(
                        next.status().name(),
                        next.amountRefunded(),
                        next.phoneNumber().orElse(null),
                        next.userId().orElse(null),
                        next.failure().map(f -> f.reason().name()).orElse(null),
                        next.failure().map(Payment.Failure::message).orElse(null),
                        SqlTime.of(next.updatedAt()),
                        next.shippingAddress().map(ShippingAddress::name).orElse(null),
                        next.shippingAddress().map(ShippingAddress::line1).orElse(null),
                        next.shippingAddress().flatMap(ShippingAddress::line2).orElse(null),
                        next.shippingAddress().map(ShippingAddress::city).orElse(null),
                        next.shippingAddress().flatMap(ShippingAddress::region).orElse(null),
                        next.shippingAddress()
                                .flatMap(ShippingAddress::postalCode)
                                .orElse(null),
                        next.shippingAddress().map(ShippingAddress::country).orElse(null),
                        current.id(),
                        current.version())
                .update();
        return updated == 1 ? find(current.id()) : Optional.empty();
    }

    @Override
    public List<Payment> list(String merchantId, boolean livemode, Optional<String> startingAfter, int limit) {
        // Ids are time-ordered and collate the same everywhere, so the id alone is the page cursor.
        String after = startingAfter.isPresent() ? " AND id < :after" : "";
        return jdbc.sql("SELECT * FROM payments WHERE merchant_id = :merchant AND livemode = :livemode" + after
                        + " ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .param("merchant", merchantId)
                .param("livemode", livemode)
                .param("after", startingAfter.orElse(""))
                .param("limit", limit)
                .query(JdbcPaymentStore::payment)
                .list();
    }

    @Override
    public List<Payment> overdue(Instant now, int limit) {
        return jdbc.sql("""
                SELECT * FROM payments WHERE status IN ('REQUIRES_PHONE_NUMBER', 'REQUIRES_CONFIRMATION')
                AND expires_at <= ? ORDER BY expires_at FETCH FIRST ? ROWS ONLY""")
                .params(SqlTime.of(now), limit)
                .query(JdbcPaymentStore::payment)
                .list();
    }

    private static Payment payment(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("failure_reason");
        return new Payment(
                rs.getString("id"),
                rs.getString("merchant_id"),
                rs.getBoolean("livemode"),
                PaymentStatus.valueOf(rs.getString("status")),
                rs.getLong("amount"),
                rs.getString("currency"),
                rs.getLong("amount_refunded"),
                rs.getString("reference"),
                Optional.ofNullable(rs.getString("description")),
                Optional.ofNullable(rs.getString("success_url")).map(URI::create),
                Optional.ofNullable(rs.getString("cancel_url")).map(URI::create),
                Optional.ofNullable(rs.getString("phone_number")),
                Optional.ofNullable(rs.getString("user_id")),
                reason == null
                        ? Optional.empty()
                        : Optional.of(
                                new Payment.Failure(FailureReason.valueOf(reason), rs.getString("failure_message"))),
                SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "expires_at"),
                SqlTime.read(rs, "updated_at"),
                rs.getInt("version"),
                rs.getBoolean("collect_shipping_address"),
                shippingAddress(rs));
    }

    // A snapshot is stored whole or not at all; line1 stands for all of it.
    private static Optional<ShippingAddress> shippingAddress(ResultSet rs) throws SQLException {
        if (rs.getString("shipping_line1") == null) {
            return Optional.empty();
        }
        return Optional.of(new ShippingAddress(
                rs.getString("shipping_name"),
                rs.getString("shipping_line1"),
                Optional.ofNullable(rs.getString("shipping_line2")),
                rs.getString("shipping_city"),
                Optional.ofNullable(rs.getString("shipping_region")),
                Optional.ofNullable(rs.getString("shipping_postal_code")),
                rs.getString("shipping_country")));
    }
}
