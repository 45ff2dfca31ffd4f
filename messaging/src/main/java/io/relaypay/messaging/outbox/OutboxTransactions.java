package io.relaypay.messaging.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * Runs work in one transaction, again when the database reports a deadlock or serialization failure.
 * When the caller has a transaction open ({@link OutboxTransactionJoin}) the work joins it instead,
 * behind a savepoint so that a failed statement (a duplicate key) leaves the caller's transaction
 * usable; retrying is then the caller's business.
 */
final class OutboxTransactions {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final int MAX_ATTEMPTS = 8;
    private final DataSource dataSource;
    private final OutboxTransactionJoin join;

    OutboxTransactions(DataSource dataSource, OutboxTransactionJoin join) {
        this.dataSource = dataSource;
        this.join = join;
    }

    <T> T inTransaction(Work<T> work) {
        return inTransaction(work, () -> {});
    }

    /** As {@link #inTransaction(Work)}, then runs {@code afterCommit} once the work is committed. */
    <T> T inTransaction(Work<T> work, Runnable afterCommit) {
        Optional<Connection> joined = join.current();
        if (joined.isPresent()) {
            T result = inJoined(joined.get(), work);
            join.afterCommit(afterCommit);
            return result;
        }
        SQLException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    afterCommit.run();
                    return result;
                } catch (SQLException | RuntimeException failure) {
                    connection.rollback();
                    throw failure;
                }
            } catch (SQLException failure) {
                if (!isTransient(failure)) {
                    throw new OutboxUnavailableException("outbox database failed: " + failure.getMessage(), failure);
                }
                last = failure;
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(100_000, 2_000_000L * attempt));
            }
        }
        throw new OutboxUnavailableException("outbox transaction kept conflicting", last);
    }

    private static <T> T inJoined(Connection connection, Work<T> work) {
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                T result = work.run(connection);
                connection.releaseSavepoint(savepoint);
                return result;
            } catch (SQLException | RuntimeException failure) {
                connection.rollback(savepoint);
                throw failure;
            }
        } catch (SQLException failure) {
            throw new OutboxUnavailableException("outbox database failed: " + failure.getMessage(), failure);
        }
    }

    /** True when the failure is a unique-key violation (SQLSTATE 23505 on PostgreSQL and H2). */
    static boolean isDuplicateKey(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    // 40001 serialization failure, 40P01 deadlock (PostgreSQL); HYT00 lock timeout, 40001 (H2).
    private static boolean isTransient(SQLException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("40001") || state.equals("40P01") || state.equals("HYT00")) {
                    return true;
                }
            }
        }
        return false;
    }
}
