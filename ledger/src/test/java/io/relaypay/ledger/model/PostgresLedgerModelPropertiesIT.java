package io.relaypay.ledger.model;

import io.relaypay.ledger.store.JdbcLedger;
import io.relaypay.ledger.store.LedgerSchema;
import io.relaypay.testkit.PostgresSchema;
import io.relaypay.testkit.TestClock;
import java.sql.SQLException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The model property on the real PostgreSQL, where locking and batching differ from H2. */
@AddLifecycleHook(RequiresPostgres.class)
class PostgresLedgerModelPropertiesIT {

    private static final PostgresSchema db = new PostgresSchema(2);
    private static final TestClock clock = TestClock.standing();
    private static JdbcLedger ledger;

    @BeforeContainer
    static void openDatabase() throws SQLException {
        db.open("model");
        LedgerSchema.migrate(db.dataSource());
        ledger = new JdbcLedger(db.dataSource(), clock);
    }

    @AfterContainer
    static void dropSchema() throws SQLException {
        db.close();
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void storeAgreesWithReferenceModel(@ForAll("histories") List<Op> history) {
        new LedgerModelCheck(ledger, clock).run(history);
    }

    @Provide
    Arbitrary<List<Op>> histories() {
        return LedgerHistories.histories();
    }
}
