package io.relaypay.messaging.outbox;

import java.sql.Connection;
import java.util.Optional;

/**
 * Lets the outbox work in the caller's database transaction. A message accepted while the caller's
 * transaction is open is then stored with the caller's own changes, committed or rolled back with
 * them, and no second connection is taken from the pool: a caller holding one connection while the
 * outbox waits for another starves a small pool under load (docs/messaging.md).
 */
@FunctionalInterface
public interface OutboxTransactionJoin {

    /** Never joins: every outbox operation runs in a transaction of its own. */
    OutboxTransactionJoin NONE = Optional::empty;

    /**
     * The connection of the transaction open on this thread, if any. The outbox neither commits nor
     * closes it.
     */
    Optional<Connection> current();

    /**
     * Runs {@code action} once the transaction {@link #current()} joined has committed, and never
     * if it rolls back. Called only after {@link #current()} found one; joins that cannot observe
     * the commit run the action at once, which is early but harmless for a wake-up.
     */
    default void afterCommit(Runnable action) {
        action.run();
    }
}
