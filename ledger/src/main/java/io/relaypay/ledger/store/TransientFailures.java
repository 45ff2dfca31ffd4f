package io.relaypay.ledger.store;

import java.sql.SQLException;
import java.util.Set;

/**
 * Which database errors mean "run the transaction again". Every ledger transaction is safe to
 * repeat from the start: it reloads what it reads and the ids make its writes idempotent.
 */
final class TransientFailures {

    private static final Set<String> RETRYABLE_STATES = Set.of(
            "40001", // serialization failure (PostgreSQL), deadlock (H2)
            "40P01", // deadlock detected (PostgreSQL)
            "55P03", // lock not available (PostgreSQL)
            "23505", // unique violation: another transaction inserted the same id first; the retry sees it
            "HYT00", // lock timeout (H2)
            "90131" // concurrent update in another transaction (H2 MVStore)
            );

    private TransientFailures() {}

    static boolean isTransient(SQLException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && RETRYABLE_STATES.contains(state)) {
                    return true;
                }
                SQLException next = sql.getNextException();
                if (next != null && next != t && isTransient(next)) {
                    return true;
                }
            }
        }
        return false;
    }
}
