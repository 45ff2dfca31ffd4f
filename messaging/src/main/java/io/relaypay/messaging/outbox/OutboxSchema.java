package io.relaypay.messaging.outbox;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the outbox tables to the current version. Messaging keeps its own Flyway history table,
 * so it shares a schema with the ledger and the interchange without their migrations colliding.
 */
public final class OutboxSchema {

    private OutboxSchema() {}

    /** Applies pending outbox migrations to the data source's default schema. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/messaging")
                .table("messaging_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
