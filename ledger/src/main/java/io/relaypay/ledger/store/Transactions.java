package io.relaypay.ledger.store;

import io.relaypay.ledger.domain.LedgerUnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * Runs a unit of work in one database transaction, and again from the start when the database
 * reports a deadlock, a serialization failure or a lost insert race. Callers never see those: they
 * see a result, or {@link LedgerUnavailableException} once retries are exhausted.
 */
final class Transactions {

    /** One transaction's work; it may run more than once, so it must not keep state between runs. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final int maxAttempts;

    Transactions(DataSource dataSource, int maxAttempts) {
        this.dataSource = dataSource;
        this.maxAttempts = maxAttempts;
    }

    <T> T inTransaction(Work<T> work) {
        SQLException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                return runOnce(connection, work);
            } catch (SQLException failure) {
                if (!TransientFailures.isTransient(failure)) {
                    throw new LedgerUnavailableException("ledger database failed: " + failure.getMessage(), failure);
                }
                last = failure;
                backOff(attempt);
            }
        }
        throw new LedgerUnavailableException(
                "ledger transaction kept conflicting after " + maxAttempts + " attempts", last);
    }

    private static <T> T runOnce(Connection connection, Work<T> work) throws SQLException {
        // Isolation is left as configured: row locks (FOR UPDATE) give the ledger its guarantees at
        // READ COMMITTED, and stricter levels only add serialization failures, which are retried.
        // Asking the driver for the level would cost a round trip per transaction.
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException failure) {
            rollbackQuietly(connection, failure);
            throw failure;
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** Jittered exponential backoff, capped at about 50 ms, so colliding transactions spread out. */
    private static void backOff(int attempt) {
        long capMicros = Math.min(50_000L, 100L << Math.min(attempt, 9));
        long micros = ThreadLocalRandom.current().nextLong(capMicros / 2, capMicros + 1);
        LockSupport.parkNanos(micros * 1_000);
    }
}
