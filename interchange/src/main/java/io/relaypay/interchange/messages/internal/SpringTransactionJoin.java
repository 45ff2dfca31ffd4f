package io.relaypay.interchange.messages.internal;

import io.relaypay.messaging.outbox.OutboxTransactionJoin;
import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts outbox writes into the Spring transaction open on the calling thread, so that a confirmation
 * message is queued with the payment change that asked for it and the caller's connection is the
 * only one it holds.
 */
public final class SpringTransactionJoin implements OutboxTransactionJoin {

    private final DataSource dataSource;

    /** Joins transactions on {@code dataSource}, the pool the transaction manager uses. */
    public SpringTransactionJoin(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Connection> current() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return Optional.empty();
        }
        // Inside a transaction this is the transaction's own connection, released when it ends.
        return Optional.of(DataSourceUtils.getConnection(dataSource));
    }

    @Override
    public void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
