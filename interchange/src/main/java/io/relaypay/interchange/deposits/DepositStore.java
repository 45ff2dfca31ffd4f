package io.relaypay.interchange.deposits;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where deposits, their plan items and their events are kept. */
public interface DepositStore {

    /**
     * A deposit found by its idempotency key, with the hash of the request that created it.
     *
     * @param deposit the deposit
     * @param requestHash what a repeat of the request must hash to
     */
    record Keyed(Deposit deposit, String requestHash) {}

    /**
     * One entry of a deposit's history.
     *
     * @param type what happened, e.g. {@code confirmed}
     * @param detail more about it, if anything
     * @param at when
     */
    record Event(String type, Optional<String> detail, Instant at) {}

    /**
     * What a phone's deposits billed since an instant.
     *
     * @param messages premium messages billed, or of unknown fate (which may have been billed)
     * @param amount what they bill together, in minor units
     */
    record Billed(long messages, long amount) {}

    /**
     * Stores a new deposit and its plan.
     *
     * @return false, storing nothing, when {@code idempotencyKey} is already taken
     */
    boolean insert(Deposit deposit, List<PlanItem> items, Optional<String> idempotencyKey, String requestHash);

    /** The deposit. */
    Optional<Deposit> find(String id);

    /** The deposit, locked until the surrounding transaction ends. */
    Optional<Deposit> lock(String id);

    /** The deposit created under {@code idempotencyKey}. */
    Optional<Keyed> byIdempotencyKey(String idempotencyKey);

    /** Deposits of {@code phoneNumber} waiting for a confirmation whose codes are valid at {@code now}, newest first. */
    List<Deposit> awaitingConfirmation(String phoneNumber, Instant now);

    /** Whether {@code phoneNumber} has a deposit in progress, or waiting for a confirmation still valid at {@code now}. */
    boolean hasOpen(String phoneNumber, Instant now);

    /** What the deposits of {@code phoneNumber} billed (or may have) with messages due from {@code since}. */
    Billed billedSince(String phoneNumber, Instant since);

    /** Replaces the deposit's mutable fields if it is still in {@code expected}; false otherwise. */
    boolean update(Deposit deposit, DepositStatus expected);

    /** The deposit's plan, in order. */
    List<PlanItem> items(String depositId);

    /** The item. */
    Optional<PlanItem> item(String itemId);

    /** Replaces the item's mutable fields if it is still in {@code expected}; false otherwise. */
    boolean updateItem(PlanItem item, ItemState expected);

    /**
     * Records what crediting a billed item booked (the carrier's share and the promotion bonus) and
     * the carrier's reference of its charge, by which remittances match it.
     */
    void itemCredited(String itemId, Optional<String> chargeReference, long carrierShare, long bonus);

    /** The promotion bonus credited for the deposit's billed items, on top of what they billed. */
    long bonus(String depositId);

    /** Adds what a billed item bills to the deposit's {@code billed}. */
    void addBilled(String depositId, long amount, Instant now);

    /** Items of in-progress deposits that are queued and due at {@code now}, or stuck sending; oldest due first. */
    List<PlanItem> dueItems(Instant now, int limit);

    /** Items waiting for their delivery receipt. */
    List<PlanItem> sentItems(int limit);

    /** In-progress deposits none of whose items is queued, sending or sent any more. */
    List<String> settledInProgress(int limit);

    /** Deposits still waiting for confirmation whose codes expired at {@code now}. */
    List<String> confirmationsExpired(Instant now, int limit);

    /** Appends to the deposit's history. */
    void event(String depositId, String type, Optional<String> detail, Instant at);

    /** The deposit's history, oldest first. */
    List<Event> events(String depositId);
}
