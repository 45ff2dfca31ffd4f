package io.relaypay.simulator.processor;

import java.time.Duration;

/**
 * Runtime control of the processor for tests and the demo: its clock, faults, and stored-value
 * money. Also reachable over HTTP under {@code /processor/v1/control}.
 */
public interface ProcessorControl {

    /** Moves the processor's clock forward; pending bank transfers that fall due settle or return. */
    void advance(Duration duration);

    /** While on, every new card and stored-value charge is declined ({@code generic_decline}). */
    void declineAll(boolean on);

    /**
     * Every processor API request is slowed by this much (zero: none): a POST after it was carried
     * out, so a client that gives up waiting was still charged; a GET before it is answered.
     */
    void latency(Duration delay);

    /**
     * The next {@code count} POSTs that succeed are carried out and then their connection is closed
     * without an answer: the client must look the outcome up by id or reference.
     */
    void dropResponses(int count);

    /**
     * The next {@code count} POSTs (control requests aside) are dropped before they are carried
     * out: the connection is closed without an answer and nothing was charged, so a client that
     * looks the reference up finds nothing.
     */
    void dropRequests(int count);

    /** Opens a stored-value account if need be and adds {@code amount} minor units to it. */
    StoredValue.Account fundStoredValue(String email, String currency, long amount);

    /** Card tokens and payments. */
    Cards cards();

    /** Bank debits and credits. */
    BankTransfers bankTransfers();

    /** Stored-value accounts and payments. */
    StoredValue storedValue();
}
