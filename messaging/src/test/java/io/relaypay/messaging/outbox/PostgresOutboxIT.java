package io.relaypay.messaging.outbox;

import io.relaypay.testkit.PostgresSchema;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox on PostgreSQL. */
class PostgresOutboxIT extends OutboxSpec {
    @RegisterExtension
    static final PostgresSchema db = new PostgresSchema(8);

    @Override
    DataSource dataSource() {
        return db.dataSource();
    }
}
