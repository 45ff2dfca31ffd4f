package io.relaypay.interchange.messages.internal;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.messages.RouteRecords;
import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.interchange.routes.PlannedRoute;
import io.relaypay.routing.report.SentRoute;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Planned and taken routes in {@code message_routes} and {@code sent_routes}. */
public final class JdbcRouteRecords implements RouteRecords {

    private final JdbcClient jdbc;
    private final Ids ids;

    /** Records over {@code jdbc}. */
    public JdbcRouteRecords(JdbcClient jdbc, Ids ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    @Override
    public void plan(String messageId, List<PlannedRoute> routes) {
        for (int i = 0; i < routes.size(); i++) {
            PlannedRoute route = routes.get(i);
            jdbc.sql("""
                    INSERT INTO message_routes (message_id, route_order, channel, controllers, carrier, edges,
                        cost_micros, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            messageId,
                            i,
                            route.channel(),
                            String.join(",", route.controllers()),
                            route.carrier().orElse(null),
                            String.join(",", route.edges()),
                            route.costMicros(),
                            route.path())
                    .update();
        }
    }

    @Override
    public List<PlannedRoute> planned(String messageId) {
        return jdbc.sql("SELECT * FROM message_routes WHERE message_id = ? ORDER BY route_order")
                .param(messageId)
                .query(JdbcRouteRecords::route)
                .list();
    }

    @Override
    public Optional<PlannedRoute> planned(String messageId, String channel) {
        return jdbc.sql("""
                SELECT * FROM message_routes WHERE message_id = ? AND channel = ?
                ORDER BY route_order FETCH FIRST 1 ROWS ONLY""")
                .params(messageId, channel)
                .query(JdbcRouteRecords::route)
                .optional();
    }

    @Override
    public void sent(String messageId, PlannedRoute route, Instant at) {
        jdbc.sql("""
                INSERT INTO sent_routes (id, message_id, channel, controllers, carrier, edges, cost_micros, path,
                    sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        ids.next("sr"),
                        messageId,
                        route.channel(),
                        String.join(",", route.controllers()),
                        route.carrier().orElse(null),
                        String.join(",", route.edges()),
                        route.costMicros(),
                        route.path(),
                        SqlTime.of(at))
                .update();
    }

    @Override
    public List<SentRoute> sentRoutes(String messageId) {
        return jdbc.sql("SELECT * FROM sent_routes WHERE message_id = ? ORDER BY sent_at, id")
                .param(messageId)
                .query(JdbcRouteRecords::sentRoute)
                .list();
    }

    @Override
    public List<SentRoute> sentBetween(Instant from, Instant to) {
        return jdbc.sql("SELECT * FROM sent_routes WHERE sent_at >= ? AND sent_at < ? ORDER BY sent_at, id")
                .params(SqlTime.of(from), SqlTime.of(to))
                .query(JdbcRouteRecords::sentRoute)
                .list();
    }

    @Override
    public Map<String, Long> edgeCountsSince(Instant since) {
        // A path's edges are stored together, so grouping by them yields one row per path taken.
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT edges, COUNT(*) AS messages FROM sent_routes WHERE sent_at >= ? GROUP BY edges")
                .param(SqlTime.of(since))
                .query(rs -> {
                    long messages = rs.getLong("messages");
                    for (String edge : split(rs.getString("edges"))) {
                        counts.merge(edge, messages, Long::sum);
                    }
                });
        return counts;
    }

    private static PlannedRoute route(ResultSet rs, int row) throws SQLException {
        return new PlannedRoute(
                rs.getString("channel"),
                split(rs.getString("controllers")),
                Optional.ofNullable(rs.getString("carrier")),
                split(rs.getString("edges")),
                rs.getLong("cost_micros"),
                rs.getString("path"));
    }

    private static SentRoute sentRoute(ResultSet rs, int row) throws SQLException {
        return new SentRoute(
                rs.getString("message_id"),
                split(rs.getString("controllers")),
                Optional.ofNullable(rs.getString("carrier")),
                rs.getLong("cost_micros"),
                SqlTime.read(rs, "sent_at"));
    }

    private static List<String> split(String csv) {
        return csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }
}
