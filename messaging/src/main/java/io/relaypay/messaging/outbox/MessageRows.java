package io.relaypay.messaging.outbox;

import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.MessageKind;
import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.messaging.PremiumPrice;
import io.relaypay.messaging.Sender;
import io.relaypay.messaging.ServiceType;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Maps outbound messages to outbox rows and back. */
final class MessageRows {

    static final String COLUMNS = "id, sender_type, sender, recipient, body, kind, service_type, premium_amount,"
            + " premium_currency, valid_until, correlation, subject, routes, route_index, route_attempts, state,"
            + " attempts, last_error, created_at, updated_at";

    static final String INSERT = "INSERT INTO outbox_message (" + COLUMNS + ", next_attempt_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 'QUEUED', 0, NULL, ?, ?, ?)";

    private MessageRows() {}

    static void bindInsert(PreparedStatement insert, OutboundMessage message, List<String> routes, Instant now)
            throws SQLException {
        insert.setObject(1, message.id().value());
        insert.setString(2, senderType(message.sender()));
        insert.setString(3, message.sender().address());
        insert.setString(4, message.recipient().e164());
        insert.setString(5, message.text());
        insert.setString(6, message.kind().name());
        insert.setString(7, message.serviceType().name());
        if (message.premiumPrice().isPresent()) {
            insert.setLong(8, message.premiumPrice().get().amountMinor());
            insert.setString(9, message.premiumPrice().get().currency());
        } else {
            insert.setNull(8, Types.BIGINT);
            insert.setNull(9, Types.CHAR);
        }
        insert.setTimestamp(10, Timestamp.from(message.validUntil()));
        insert.setString(11, encodeCorrelation(message.correlation()));
        insert.setString(12, message.subject().orElse(null));
        insert.setString(13, String.join(",", routes));
        insert.setTimestamp(14, Timestamp.from(now));
        insert.setTimestamp(15, Timestamp.from(now));
        insert.setTimestamp(16, Timestamp.from(now));
    }

    static StoredMessage read(ResultSet row) throws SQLException {
        long premiumAmount = row.getLong("premium_amount");
        Optional<PremiumPrice> premium = row.wasNull()
                ? Optional.empty()
                : Optional.of(new PremiumPrice(premiumAmount, row.getString("premium_currency")));
        var message = new OutboundMessage(
                new MessageId(row.getObject("id", UUID.class)),
                sender(row.getString("sender_type"), row.getString("sender")),
                PhoneNumber.of(row.getString("recipient")),
                row.getString("body"),
                MessageKind.valueOf(row.getString("kind")),
                ServiceType.valueOf(row.getString("service_type")),
                premium,
                row.getTimestamp("valid_until").toInstant(),
                decodeCorrelation(row.getString("correlation")),
                Optional.ofNullable(row.getString("subject")));
        return new StoredMessage(
                message,
                MessageState.valueOf(row.getString("state")),
                Arrays.asList(row.getString("routes").split(",")),
                row.getInt("route_index"),
                row.getInt("route_attempts"),
                row.getInt("attempts"),
                Optional.ofNullable(row.getString("last_error")),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }

    /** True when the stored row holds exactly this message; an idempotent re-accept compares with it. */
    static boolean sameContent(StoredMessage stored, OutboundMessage message, List<String> routes) {
        OutboundMessage a = stored.message();
        return a.sender().equals(message.sender())
                && a.recipient().equals(message.recipient())
                && a.text().equals(message.text())
                && a.kind() == message.kind()
                && a.serviceType() == message.serviceType()
                && a.premiumPrice().equals(message.premiumPrice())
                && a.correlation().equals(message.correlation())
                && a.subject().equals(message.subject())
                && stored.routes().equals(routes);
    }

    private static String senderType(Sender sender) {
        return switch (sender) {
            case Sender.ShortCode s -> "SHORT_CODE";
            case Sender.LongNumber n -> "LONG_NUMBER";
            case Sender.Alphanumeric a -> "ALPHANUMERIC";
        };
    }

    private static Sender sender(String type, String address) {
        return switch (type) {
            case "SHORT_CODE" -> new Sender.ShortCode(address);
            case "LONG_NUMBER" -> new Sender.LongNumber(PhoneNumber.of(address));
            case "ALPHANUMERIC" -> new Sender.Alphanumeric(address);
            default -> throw new IllegalStateException("unknown sender type in outbox: " + type);
        };
    }

    private static String encodeCorrelation(Map<String, String> correlation) {
        return new TreeMap<>(correlation)
                .entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
    }

    private static Map<String, String> decodeCorrelation(String text) {
        var map = new LinkedHashMap<String, String>();
        if (!text.isEmpty()) {
            for (String pair : text.split("&")) {
                int eq = pair.indexOf('=');
                map.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return map;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
