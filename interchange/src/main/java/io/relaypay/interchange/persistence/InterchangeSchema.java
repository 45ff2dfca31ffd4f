package io.relaypay.interchange.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the interchange's own tables to the current version; one migration set for H2 and PostgreSQL. */
public final class InterchangeSchema {

    private InterchangeSchema() {}

    /** Applies pending interchange migrations to the data source's default schema. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/interchange")
                .table("interchange_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
