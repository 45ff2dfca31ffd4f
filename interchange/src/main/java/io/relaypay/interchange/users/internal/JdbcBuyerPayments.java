package io.relaypay.interchange.users.internal;

import io.relaypay.interchange.users.BuyerPayments;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads {@code payments} by the buyer's number, and the outbox's messages by the payment they were
 * sent for: the interchange stores that payment's id as each message's {@code subject}, which the
 * outbox indexes, so a lookup reads only the payment's own rows however large the outbox grows.
 * The purpose comes from the message's {@code correlation} text ({@code correlation=pay_…&purpose=…}).
 */
public final class JdbcBuyerPayments implements BuyerPayments {

    private final JdbcClient jdbc;

    /** Lookups over {@code jdbc}. */
    public JdbcBuyerPayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> paymentIds(String phone, Optional<String> startingAfter, int limit) {
        // Ids are time-ordered and collate the same everywhere, so the id alone is the page cursor.
        String after = startingAfter.isPresent() ? " AND id < :after" : "";
        return jdbc.sql("SELECT id FROM payments WHERE phone_number = :phone" + after
                        + " ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .param("phone", phone)
                .param("after", startingAfter.orElse(""))
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    @Override
    public List<SentMessage> messages(String paymentId) {
        return jdbc.sql("""
                SELECT id, correlation FROM outbox_message WHERE subject = ?
                ORDER BY created_at, id FETCH FIRST 100 ROWS ONLY""")
                .params(paymentId)
                .query((rs, row) ->
                        new SentMessage("msg_" + rs.getObject("id", UUID.class), purpose(rs.getString("correlation"))))
                .list();
    }

    private static String purpose(String correlation) {
        for (String pair : correlation.split("&")) {
            if (pair.startsWith("purpose=")) {
                return pair.substring("purpose=".length()).toLowerCase(Locale.ROOT);
            }
        }
        return "unknown";
    }
}
