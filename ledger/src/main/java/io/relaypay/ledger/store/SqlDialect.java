package io.relaypay.ledger.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The two databases the ledger runs on. The schema and nearly all statements are shared; where
 * PostgreSQL has a much faster form (set-based updates from arrays), the store uses it there.
 */
enum SqlDialect {
    POSTGRESQL,
    H2;

    static SqlDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
    }
}
