package io.relaypay.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

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

    /**
     * Rows inserted, updated and deleted and the scans (sequential, by index) so far per table of
     * the schema; statistics lag about a second.
     */
    Map<String, long[]> tableWrites() {
        Map<String, long[]> writes = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT relname, n_tup_ins, n_tup_upd, n_tup_del, seq_scan, COALESCE(idx_scan, 0)"
                                + " FROM pg_stat_user_tables WHERE schemaname = ?")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    writes.put(
                            rs.getString(1),
                            new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read table statistics", e);
        }
        return writes;
    }

    /**
     * Prints rows written and scans (a select, an update or a foreign-key check each) per payment
     * between two {@link #tableWrites()}, busiest tables first.
     */
    static void printWrites(
            java.io.PrintStream out, Map<String, long[]> before, Map<String, long[]> after, long payments) {
        int columns = 5;
        long[] total = new long[columns];
        List<Map.Entry<String, long[]>> tables = new ArrayList<>();
        for (Map.Entry<String, long[]> table : after.entrySet()) {
            long[] was = before.getOrDefault(table.getKey(), new long[columns]);
            long[] delta = new long[columns];
            for (int i = 0; i < columns; i++) {
                delta[i] = table.getValue()[i] - was[i];
                total[i] += delta[i];
            }
            tables.add(Map.entry(table.getKey(), delta));
        }
        double per = Math.max(1, payments);
        out.printf(
                "rows written per succeeded payment: %.1f inserted, %.1f updated, %.1f deleted;"
                        + " %.1f index scans, %.1f sequential scans; busiest tables:%n",
                total[0] / per, total[1] / per, total[2] / per, total[4] / per, total[3] / per);
        tables.stream()
                .sorted((a, b) -> Long.compare(
                        b.getValue()[0] + b.getValue()[1] + b.getValue()[2] + b.getValue()[4],
                        a.getValue()[0] + a.getValue()[1] + a.getValue()[2] + a.getValue()[4]))
                .limit(16)
                .forEach(t -> out.printf(
                        "  %-28s %5.2f ins %5.2f upd %5.2f del %5.2f idx %5.2f seq%n",
                        t.getKey(),
                        t.getValue()[0] / per,
                        t.getValue()[1] / per,
                        t.getValue()[2] / per,
                        t.getValue()[4] / per,
                        t.getValue()[3] / per));
    }

    /**
     * Gathers the planner's statistics for every table of the schema, as autovacuum would on a
     * server. The PostgreSQL of this machine runs with {@code autovacuum = off}: without this, the
     * server's statements keep plans made when the tables were empty, such as a sequential scan of
     * every account for each balance update. {@link #analyzeEvery} keeps it up as tables grow.
     */
    void analyze() {
        List<String> tables = new ArrayList<>(tableWrites().keySet());
        for (String table : tables) {
            execute("ANALYZE " + name + "." + table);
        }
    }

    /**
     * Runs {@link #analyze()} every {@code seconds} until the returned action is run: autovacuum's
     * analyze for tables that grow during the run (it would wake every minute, and analyze a table
     * once a tenth of it changed).
     */
    Runnable analyzeEvery(int seconds) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("bench-analyze").factory());
        timer.scheduleWithFixedDelay(this::analyze, seconds, seconds, TimeUnit.SECONDS);
        return timer::shutdownNow;
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
