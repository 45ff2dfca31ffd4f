package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A verified webhook event, from {@link Webhooks#constructEvent}. Delivery is at least once: the same
 * {@link #id()} can arrive more than once, so apply each id only once.
 *
 * @param id {@code evt_…}, the key to de-duplicate by
 * @param type the kind of event; {@link EventType#UNKNOWN} for a type newer than this SDK
 * @param typeName the type exactly as sent, useful when {@code type} is unknown
 * @param created when the event happened
 * @param livemode whether it concerns live (not test) objects
 * @param data the object the event is about, as it was when the event happened
 */
public record Event(String id, EventType type, String typeName, Instant created, boolean livemode, EventObject data) {

    /** Checks that every component is present. */
    public Event {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(typeName, "typeName");
        requireNonNull(created, "created");
        requireNonNull(data, "data");
    }
}
