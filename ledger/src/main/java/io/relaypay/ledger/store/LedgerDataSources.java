package io.relaypay.ledger.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Connection pools configured the way the ledger needs them. */
public final class LedgerDataSources {

    private LedgerDataSources() {}

    /**
     * A pool for {@code jdbcUrl}. For PostgreSQL, JDBC batches of inserts are rewritten into
     * multi-row inserts: one round trip and one statement per batch instead of one per row.
     *
     * @param schema the schema to work in, or {@code null} for the connection's default
     */
    public static HikariDataSource pool(String jdbcUrl, String user, String password, String schema, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(2, size));
        config.setAutoCommit(false);
        config.setPoolName("relaypay-ledger");
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        boolean postgres = jdbcUrl.startsWith("jdbc:postgresql:");
        if (schema != null && postgres) {
            // Applied at connect time; Hikari's setSchema would run SET search_path inside a transaction.
            config.addDataSourceProperty("currentSchema", schema);
        } else if (schema != null) {
            config.setSchema(schema);
        }
        if (postgres) {
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            config.addDataSourceProperty("tcpKeepAlive", "true");
        }
        return new HikariDataSource(config);
    }
}
