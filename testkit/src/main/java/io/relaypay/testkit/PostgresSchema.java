package io.relaypay.testkit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway schema on the real PostgreSQL for one test class: created before its tests, dropped
 * (with everything in it) after them. Register it as a static field:
 *
 * <pre>{@code @RegisterExtension static final PostgresSchema db = new PostgresSchema();}</pre>
 *
 * <p>The server comes from {@code RELAYPAY_TEST_DB_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/test}), {@code RELAYPAY_TEST_DB_USER} (default {@code
 * postgres}) and {@code RELAYPAY_TEST_DB_PASSWORD}. When it cannot be reached, the tests are skipped
 * with a message, except under {@code CI=true}, where they fail: CI must never pass without them.
 */
public final class PostgresSchema implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final int poolSize;
    private String baseUrl;
    private String user;
    private String password;
    private String schema;
    private HikariDataSource dataSource;

    /** A schema with a pool of 10 connections. */
    public PostgresSchema() {
        this(10);
    }

    /** A schema with a pool of {@code poolSize} connections. */
    public PostgresSchema(int poolSize) {
        this.poolSize = poolSize;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        open(context.getRequiredTestClass().getSimpleName());
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        close();
    }

    /**
     * Creates the schema outside JUnit's extension model (for jqwik properties, child processes):
     * pair it with {@link #close()}.
     *
     * @param label becomes part of the schema name
     * @return this
     */
    public PostgresSchema open(String label) throws SQLException {
        baseUrl = setting("RELAYPAY_TEST_DB_URL", System.getProperty("relaypay.test.db.url.default", DEFAULT_URL));
        user = setting("RELAYPAY_TEST_DB_USER", "postgres");
        password = setting("RELAYPAY_TEST_DB_PASSWORD", "");
        String name = "it_"
                + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")
                + "_"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFFL);
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + name);
        }
        // Only a schema that exists is dropped by close(), so an unreachable server stays a skip.
        schema = name;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(baseUrl);
        config.setUsername(user);
        config.setPassword(password);
        // In the URL, not config.setSchema: that runs SET search_path inside a transaction.
        config.addDataSourceProperty("currentSchema", name);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setMaximumPoolSize(poolSize);
        config.setAutoCommit(false);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        dataSource = new HikariDataSource(config);
        return this;
    }

    /** Closes the pool and drops the schema with everything in it. */
    @Override
    public void close() throws SQLException {
        if (dataSource != null) {
            dataSource.close();
            dataSource = null;
        }
        if (schema != null) {
            try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            schema = null;
        }
    }

    /** A pool whose connections work in this schema. */
    public HikariDataSource dataSource() {
        return dataSource;
    }

    /** The schema's name. */
    public String schema() {
        return schema;
    }

    /** A JDBC URL whose connections work in this schema, for child processes. */
    public String jdbcUrl() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The database user. */
    public String user() {
        return user;
    }

    /** The database password. */
    public String password() {
        return password;
    }

    /**
     * Why integration tests should be skipped: empty when PostgreSQL answers, and always empty under
     * {@code CI=true}, where an unreachable server must fail the tests instead. For test engines
     * without JUnit's extension model, such as jqwik.
     */
    public static Optional<String> skipReason() {
        if (isCi()) {
            return Optional.empty();
        }
        String url = setting("RELAYPAY_TEST_DB_URL", System.getProperty("relaypay.test.db.url.default", DEFAULT_URL));
        Properties properties = new Properties();
        properties.setProperty("user", setting("RELAYPAY_TEST_DB_USER", "postgres"));
        properties.setProperty("password", setting("RELAYPAY_TEST_DB_PASSWORD", ""));
        properties.setProperty("connectTimeout", "5");
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            return connection.isValid(5) ? Optional.empty() : Optional.of("PostgreSQL at " + url + " is not answering");
        } catch (SQLException unreachable) {
            return Optional.of("PostgreSQL at " + url + " is unreachable (" + unreachable.getMessage() + ")");
        }
    }

    private static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        try {
            return DriverManager.getConnection(baseUrl, properties);
        } catch (SQLException unreachable) {
            String message = "PostgreSQL at " + baseUrl + " is unreachable (" + unreachable.getMessage()
                    + "); set RELAYPAY_TEST_DB_URL to run the integration tests";
            if (isCi()) {
                throw new IllegalStateException("CI=true and " + message, unreachable);
            }
            Assumptions.abort("skipped: " + message);
            throw unreachable;
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
