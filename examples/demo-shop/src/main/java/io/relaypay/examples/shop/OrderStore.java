package io.relaypay.examples.shop;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Orders, their history and the webhook events already applied, in H2 over JDBC. The schema is created
 * on start. An order leaves {@code awaiting_payment} once, by a conditional update, so a webhook and a
 * buyer's re-check racing each other settle it exactly once.
 */
public final class OrderStore implements AutoCloseable {

    // The schema lives in shop-schema.sql, next to this class's resources, so SQL reads as SQL.
    private static final String SCHEMA = schema();
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int NOTE_LENGTH = 500;

    private final JdbcConnectionPool pool;

    private OrderStore(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /** Opens the database at {@code jdbcUrl} (an H2 file or in-memory URL) and creates the schema. */
    public static OrderStore open(String jdbcUrl) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, "sa", "");
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute(SCHEMA);
        } catch (SQLException e) {
            pool.dispose();
            throw new IllegalStateException("cannot open the shop database " + jdbcUrl + ": " + e.getMessage(), e);
        }
        return new OrderStore(pool);
    }

    private static String schema() {
        try (var in = OrderStore.class.getResourceAsStream("/shop-schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("shop-schema.sql is missing from the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The database, for tests that look behind the shop's back. */
    DataSource dataSource() {
        return pool;
    }

    /** Stores a new order with a first history line. */
    public void insert(Order order) {
        inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO orders (id, sku, product_name, amount, currency,"
                    + " status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, order.id());
                s.setString(2, order.sku());
                s.setString(3, order.productName());
                s.setLong(4, order.amount());
                s.setString(5, order.currency());
                s.setString(6, order.status().column());
                s.setObject(7, utc(order.created()));
                s.executeUpdate();
            }
            history(c, order.id(), order.created(), "Order placed");
            return null;
        });
    }

    /** The order with this id. */
    public Optional<Order> find(String id) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM orders WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(order(rs)) : Optional.<Order>empty();
                }
            }
        });
    }

    /** Records the payment created for an order (the same one every time: the order id is its key). */
    public void attachPayment(String orderId, String paymentId, Optional<URI> checkoutUrl, Instant at) {
        inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE orders SET payment_id = ?, checkout_url = ? WHERE id = ? AND payment_id IS NULL")) {
                s.setString(1, paymentId);
                s.setString(2, checkoutUrl.map(URI::toString).orElse(null));
                s.setString(3, orderId);
                if (s.executeUpdate() == 1) {
                    history(c, orderId, at, "Payment " + paymentId + " created");
                }
            }
            return null;
        });
    }

    /**
     * Moves an order out of {@code awaiting_payment}; does nothing if it already left.
     *
     * @return whether this call changed it
     */
    public boolean settle(String orderId, OrderStatus to, Optional<String> note, String why, Instant at) {
        return settle(orderId, to, note, Optional.empty(), why, at);
    }

    /** As above, also recording where the order ships ({@code shipTo}, one line), if it does. */
    public boolean settle(
            String orderId, OrderStatus to, Optional<String> note, Optional<String> shipTo, String why, Instant at) {
        return inTransaction(c -> settle(c, orderId, to, note, shipTo, why, at));
    }

    /**
     * Applies a webhook event once: records its id and, in the same transaction, settles the order. An
     * id seen before changes nothing.
     *
     * @param settlement the order's new status, if the event settles one
     * @return false if the event id was already applied
     */
    public boolean applyEventOnce(String eventId, String type, Instant at, Optional<Settlement> settlement) {
        return inTransaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO applied_events (event_id, type, received_at) VALUES (?, ?, ?)")) {
                s.setString(1, eventId);
                s.setString(2, type);
                s.setObject(3, utc(at));
                s.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
            if (settlement.isPresent()) {
                Settlement to = settlement.get();
                String why = type + " (" + eventId + ")";
                if (to.status().isPresent()) {
                    if (!settle(c, to.orderId(), to.status().get(), to.note(), to.shipTo(), why, at)) {
                        history(c, to.orderId(), at, why + ": order already settled, no change");
                    }
                } else {
                    history(
                            c,
                            to.orderId(),
                            at,
                            why + to.note().map(n -> ": " + n).orElse(""));
                }
            }
            return true;
        });
    }

    /**
     * What an event does to an order.
     *
     * @param orderId the order concerned
     * @param status the status it moves to; empty to only note the event in its history
     * @param note shown to the buyer
     * @param shipTo where a paid order ships, one line
     */
    public record Settlement(
            String orderId, Optional<OrderStatus> status, Optional<String> note, Optional<String> shipTo) {

        /** A settlement that ships nothing. */
        public Settlement(String orderId, Optional<OrderStatus> status, Optional<String> note) {
            this(orderId, status, note, Optional.empty());
        }
    }

    /** The order whose payment this is. */
    public Optional<Order> findByPayment(String paymentId) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM orders WHERE payment_id = ?")) {
                s.setString(1, paymentId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(order(rs)) : Optional.<Order>empty();
                }
            }
        });
    }

    /** The order's history, oldest first. */
    public List<OrderEvent> history(String orderId) {
        return inTransaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("SELECT at, text FROM order_history WHERE order_id = ? ORDER BY seq")) {
                s.setString(1, orderId);
                List<OrderEvent> lines = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        lines.add(new OrderEvent(instant(rs, 1), rs.getString(2)));
                    }
                }
                return lines;
            }
        });
    }

    private static boolean settle(
            Connection c,
            String orderId,
            OrderStatus to,
            Optional<String> note,
            Optional<String> shipTo,
            String why,
            Instant at)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("UPDATE orders SET status = ?, note = ?, ship_to = ? WHERE id = ? AND status = ?")) {
            s.setString(1, to.column());
            s.setString(2, note.map(OrderStore::clip).orElse(null));
            s.setString(3, shipTo.map(OrderStore::clip).orElse(null));
            s.setString(4, orderId);
            s.setString(5, OrderStatus.AWAITING_PAYMENT.column());
            if (s.executeUpdate() == 0) {
                return false;
            }
        }
        history(c, orderId, at, to.label() + " — " + why);
        return true;
    }

    private static void history(Connection c, String orderId, Instant at, String text) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO order_history (order_id, at, text) VALUES (?, ?, ?)")) {
            s.setString(1, orderId);
            s.setObject(2, utc(at));
            s.setString(3, clip(text));
            s.executeUpdate();
        }
    }

    private static String clip(String text) {
        return text.length() <= NOTE_LENGTH ? text : text.substring(0, NOTE_LENGTH - 1) + "…";
    }

    private static Order order(ResultSet rs) throws SQLException {
        return new Order(
                rs.getString("id"),
                rs.getString("sku"),
                rs.getString("product_name"),
                rs.getLong("amount"),
                rs.getString("currency"),
                OrderStatus.fromColumn(rs.getString("status")),
                Optional.ofNullable(rs.getString("payment_id")),
                Optional.ofNullable(rs.getString("checkout_url")).map(URI::create),
                Optional.ofNullable(rs.getString("note")),
                instant(rs, rs.findColumn("created_at")),
                Optional.ofNullable(rs.getString("ship_to")));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("shop database: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
