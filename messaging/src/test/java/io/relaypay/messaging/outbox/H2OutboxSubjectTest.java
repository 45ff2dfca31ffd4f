package io.relaypay.messaging.outbox;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The outbox's message subjects on the embedded H2 database. */
class H2OutboxSubjectTest extends OutboxSubjectSpec {

    @Override
    DataSource emptyDatabase() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:outbox-subject-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }
}
