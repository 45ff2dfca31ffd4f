package io.relaypay.messaging.outbox;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The outbox on the embedded H2 database. */
class H2OutboxTest extends OutboxSpec {
    private final JdbcDataSource dataSource = new JdbcDataSource();

    H2OutboxTest() {
        dataSource.setURL("jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
