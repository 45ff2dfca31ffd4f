package io.relaypay.ledger.contract;

import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.store.JdbcLedger;
import io.relaypay.ledger.store.LedgerSchema;
import io.relaypay.testkit.PostgresSchema;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ledger contract on the JDBC store over the real PostgreSQL. */
class PostgresLedgerIT extends LedgerContract {

    @RegisterExtension
    static final PostgresSchema db = new PostgresSchema(4);

    @Override
    protected Ledger newLedger(Clock clock) {
        try (var connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS ledger_pending_expiry, ledger_transfer, ledger_account, "
                    + "ledger_schema_history CASCADE");
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        LedgerSchema.migrate(db.dataSource());
        return new JdbcLedger(db.dataSource(), clock);
    }
}
