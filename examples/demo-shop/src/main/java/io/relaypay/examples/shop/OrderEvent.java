package io.relaypay.examples.shop;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One line of an order's history, shown on its page.
 *
 * @param at when it happened
 * @param text what happened
 */
public record OrderEvent(Instant at, String text) {

    /** Checks that every component is present. */
    public OrderEvent {
        requireNonNull(at, "at");
        requireNonNull(text, "text");
    }
}
