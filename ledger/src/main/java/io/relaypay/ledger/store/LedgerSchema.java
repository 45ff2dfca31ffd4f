package io.relaypay.ledger.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database's ledger tables to the current version with Flyway. The same migrations run on
 * H2 and PostgreSQL. The ledger keeps its own history table, so other modules can migrate their
 * tables in the same schema independently.
 */
public final class LedgerSchema {

    private LedgerSchema() {}

    /** Applies pending ledger migrations to the data source's default schema. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/ledger")
                .table("ledger_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
