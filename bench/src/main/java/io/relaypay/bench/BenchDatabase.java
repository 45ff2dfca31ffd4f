package io.relaypay.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.relaypay.ledger.store.LedgerDataSources;
import io.relaypay.ledger.store.LedgerSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A throwaway, migrated ledger database for one benchmark run: a fresh {@code bench_<random>}
 * schema on PostgreSQL, or an embedded H2 file database in a temporary directory. {@link #close()}
 * drops the schema (CASCADE) or deletes the directory.
 *
 * <p>PostgreSQL comes from {@code RELAYPAY_BENCH_DB_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/test}), {@code RELAYPAY_BENCH_DB_USER} (default {@code
 * postgres}) and {@code RELAYPAY_BENCH_DB_PASSWORD} (default empty).
 */
public final class BenchDatabase implements AutoCloseable {

    private static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String name;
    private final HikariDataSource pool;
    private final Runnable cleanup;

    private BenchDatabase(String name, HikariDataSource pool, Runnable cleanup) {
        this.name = name;
        this.pool = pool;
        this.cleanup = cleanup;
    }

    /** Opens {@code db} ({@code postgres} or {@code h2}) with a pool of {@code poolSize} connections. */
    public static BenchDatabase open(String db, int poolSize) {
        return switch (db.toLowerCase(Locale.ROOT)) {
            case "postgres", "postgresql", "pg" -> postgres(poolSize);
            case "h2" -> h2(poolSize);
            default -> throw new IllegalArgumentException("unknown --db " + db + " (postgres or h2)");
        };
    }

    private static BenchDatabase postgres(int poolSize) {
        String url = env("RELAYPAY_BENCH_DB_URL", DEFAULT_PG_URL);
        String user = env("RELAYPAY_BENCH_DB_USER", "postgres");
        String password = env("RELAYPAY_BENCH_DB_PASSWORD", "");
        String schema = "bench_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFFL);
        execute(url, user, password, "CREATE SCHEMA " + schema);
        // The schema goes in the URL, not in LedgerDataSources.pool(..., schema, ...): given a schema,
        // HikariCP runs setSchema on each new connection after autocommit is off, which leaves it
        // inside an open transaction, and JdbcLedger then fails on setTransactionIsolation.
        // ApplicationName lets pg_stat_activity tell the benchmark's sessions from others.
        String schemaUrl =
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&ApplicationName=relaypay-bench";
        HikariDataSource pool = LedgerDataSources.pool(schemaUrl, user, password, null, poolSize);
        Runnable drop = () -> execute(url, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        return migrated(new BenchDatabase("postgres " + url + " schema " + schema, pool, drop));
    }

    private static BenchDatabase h2(int poolSize) {
        Path dir;
        try {
            dir = Files.createTempDirectory("relaypay-bench-h2-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = "jdbc:h2:file:" + dir.resolve("ledger") + ";DB_CLOSE_ON_EXIT=FALSE";
        HikariDataSource pool = LedgerDataSources.pool(url, "sa", "", null, poolSize);
        return migrated(new BenchDatabase("h2 " + url, pool, () -> deleteRecursively(dir)));
    }

    private static BenchDatabase migrated(BenchDatabase database) {
        try {
            LedgerSchema.migrate(database.pool);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** What this database is, for the report. */
    public String name() {
        return name;
    }

    /** The pool the ledger runs on. */
    public DataSource dataSource() {
        return pool;
    }

    /** The number of rows in {@code ledger_transfer}. */
    public long transferRows() {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM ledger_transfer")) {
            rs.next();
            long count = rs.getLong(1);
            connection.rollback();
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count ledger_transfer rows", e);
        }
    }

    /** Closes the pool, then drops the schema or deletes the H2 files. */
    @Override
    public void close() {
        pool.close();
        cleanup.run();
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + url, e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
