package io.relaypay.ledger.model;

import com.zaxxer.hikari.HikariDataSource;
import io.relaypay.ledger.store.JdbcLedger;
import io.relaypay.ledger.store.LedgerDataSources;
import io.relaypay.ledger.store.LedgerSchema;
import io.relaypay.testkit.TestClock;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random histories of account, transfer, post, void and expiry operations give the same results and
 * balances on the JDBC store (over embedded H2) as on the reference model, and the books balance
 * after every step.
 */
class LedgerModelProperties {

    private static HikariDataSource dataSource;
    private static final TestClock clock = TestClock.standing();
    private static JdbcLedger ledger;

    @BeforeContainer
    static void openDatabase() {
        dataSource =
                LedgerDataSources.pool("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", null, 2);
        LedgerSchema.migrate(dataSource);
        ledger = new JdbcLedger(dataSource, clock);
    }

    @AfterContainer
    static void closeDatabase() {
        dataSource.close();
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void storeAgreesWithReferenceModel(@ForAll("histories") List<Op> history) {
        new LedgerModelCheck(ledger, clock).run(history);
    }

    @Provide
    Arbitrary<List<Op>> histories() {
        return LedgerHistories.histories();
    }
}
