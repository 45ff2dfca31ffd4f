package io.relaypay.ledger.contract;

import com.zaxxer.hikari.HikariDataSource;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.store.JdbcLedger;
import io.relaypay.ledger.store.LedgerDataSources;
import io.relaypay.ledger.store.LedgerSchema;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/** The ledger contract on the JDBC store over embedded H2 (in memory, no network). */
class H2LedgerTest extends LedgerContract {

    private HikariDataSource dataSource;

    @Override
    protected Ledger newLedger(Clock clock) {
        dataSource =
                LedgerDataSources.pool("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", null, 4);
        LedgerSchema.migrate(dataSource);
        return new JdbcLedger(dataSource, clock);
    }

    @AfterEach
    void closeDatabase() {
        dataSource.close();
    }
}
