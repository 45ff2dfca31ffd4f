package io.relaypay.interchange.webhooks;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where events, deliveries and attempts are kept. The {@code lock…} methods lock the rows they
 * return until the caller's transaction ends, skipping rows another transaction holds, so any
 * number of dispatchers and janitors on any number of nodes share the work without waiting.
 */
public interface WebhookStore {

    /** Stores a new event. */
    void insertEvent(StoredEvent event);

    /** Stores a new delivery. */
    void insertDelivery(Delivery delivery);

    /** Writes {@code delivery} over the stored row of the same id (which the caller has locked). */
    void update(Delivery delivery);

    /** Stores an attempt. */
    void insertAttempt(DeliveryAttempt attempt);

    /** Up to {@code limit} pending deliveries due at {@code now}, oldest due first, locked. */
    List<Delivery> lockDue(Instant now, int limit);

    /** Up to {@code limit} sending deliveries whose lease ended before {@code now}, locked. */
    List<Delivery> lockExpiredLeases(Instant now, int limit);

    /** A delivery by id, locked (waiting for another holder). */
    Optional<Delivery> lock(String deliveryId);

    /** The delivery of an event, locked (waiting for another holder). */
    Optional<Delivery> lockByEvent(String eventId);

    /** An event by id. */
    Optional<StoredEvent> event(String eventId);

    /** Events newest first, of one merchant if given, with ids below {@code startingAfter} if given. */
    List<StoredEvent> events(Optional<String> merchantId, Optional<String> startingAfter, int limit);

    /** The deliveries of the given events, by event id (events without one are absent). */
    Map<String, Delivery> deliveriesByEvent(Collection<String> eventIds);

    /** A delivery's attempts, oldest first. */
    List<DeliveryAttempt> attempts(String deliveryId);
}
