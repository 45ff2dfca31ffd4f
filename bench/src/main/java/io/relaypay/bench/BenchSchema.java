package io.relaypay.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An empty {@code loadbench_<random>} schema on PostgreSQL for a server that migrates it itself;
 * {@link #close()} drops it (CASCADE). The server's connections carry {@link #APPLICATION_NAME},
 * so {@link #backendPids()} finds them for the CPU report.
 *
 * <p>The database comes from {@code RELAYPAY_BENCH_DB_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/test}), {@code RELAYPAY_BENCH_DB_USER} (default {@code
 * postgres}) and {@code RELAYPAY_BENCH_DB_PASSWORD} (default empty), as for {@link BenchDatabase}.
 */
final class BenchSchema implements AutoCloseable {

    static final String APPLICATION_NAME = "relaypay-loadbench";

    private final String url;
    private final String user;
    private final String password;
    private final String name;

    private BenchSchema(String url, String user, String password, String name) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    /** Creates a fresh schema. */
    static BenchSchema create() {
        String url = env("RELAYPAY_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String name =
                "loadbench_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFFL);
        BenchSchema schema = new BenchSchema(
                url, env("RELAYPAY_BENCH_DB_USER", "postgres"), env("RELAYPAY_BENCH_DB_PASSWORD", ""), name);
        schema.execute("CREATE SCHEMA " + name);
        return schema;
    }

    /** The URL the server uses: this schema, and the application name that marks its sessions. */
    String serverUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name + "&ApplicationName=" + APPLICATION_NAME;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    String name() {
        return name;
    }

    /** Process ids of the PostgreSQL backends serving the server now. */
    List<Long> backendPids() {
        List<Long> pids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT pid FROM pg_stat_activity WHERE application_name = '" + APPLICATION_NAME + "'")) {
            while (rs.next()) {
                pids.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the server's backends", e);
        }
        return pids;
    }

    /** Runs one query in the schema and returns the first column of the first row. */
    long count(String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + name);
            try (ResultSet rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "'", e);
        }
    }

    /** Drops the schema and everything in it. */
    @Override
    public void close() {
        execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + url, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
