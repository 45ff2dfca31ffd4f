package io.relaypay.interchange.common;

import java.util.function.Supplier;

/** Runs work in one database transaction: all its writes land together or none do. */
@FunctionalInterface
public interface Transactions {

    /** Runs {@code work} in a transaction, joining one already open on this thread. */
    <T> T inTransaction(Supplier<T> work);
}
