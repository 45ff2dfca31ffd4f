package io.relaypay.messaging.outbox;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings the outbox tables to the current version. Messaging keeps its own Flyway history table,
 * so it shares a schema with the ledger and the interchange without their migrations colliding.
 */
public final class OutboxSchema {

    private OutboxSchema() {}

    /** Applies pending outbox migrations to the data source's default schema. */
    public static void migrate(DataSource dataSource) {
        configuration(dataSource).load().migrate();
    }

    /** The outbox's Flyway settings; tests stop them at an older version to check a migration. */
    static FluentConfiguration configuration(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/messaging")
                .table("messaging_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }
}
