package io.relaypay.interchange.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.relaypay.interchange.persistence.InterchangeSchema;
import io.relaypay.ledger.store.LedgerSchema;
import java.util.Arrays;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * One connection pool for the ledger, the outbox and the interchange's own tables, all migrated at
 * start, each by its own Flyway history so modules evolve their tables independently.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    @Bean(destroyMethod = "close")
    DataSource dataSource(RelaypayProperties properties, Environment environment) {
        RelaypayProperties.Db db = properties.db();
        if (db.embedded() && Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            throw new IllegalStateException(
                    "the prod profile needs PostgreSQL: set RELAYPAY_DB_URL=jdbc:postgresql://... (H2 is for the demo)");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.effectiveUrl(properties.dataDir()));
        config.setUsername(db.embedded() && db.user().isBlank() ? "sa" : db.user());
        config.setPassword(db.password());
        config.setMaximumPoolSize(db.poolSize());
        config.setPoolName("relaypay");
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        if (!db.embedded()) {
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            config.addDataSourceProperty("tcpKeepAlive", "true");
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        LedgerSchema.migrate(dataSource);
        InterchangeSchema.migrate(dataSource);
        return dataSource;
    }
}
