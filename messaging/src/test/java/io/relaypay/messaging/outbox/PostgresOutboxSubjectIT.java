package io.relaypay.messaging.outbox;

import io.relaypay.testkit.PostgresSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox's message subjects on PostgreSQL. */
class PostgresOutboxSubjectIT extends OutboxSubjectSpec {
    @RegisterExtension
    static final PostgresSchema db = new PostgresSchema(4);

    @Override
    DataSource emptyDatabase() throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS outbox_event, outbox_submission, outbox_receipt, outbox_message,"
                    + " messaging_schema_history CASCADE");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        return db.dataSource();
    }
}
