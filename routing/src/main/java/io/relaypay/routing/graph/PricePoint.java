package io.relaypay.routing.graph;

/**
 * A premium price a carrier can charge for one message, in micro-units of the carrier's currency.
 *
 * @param micros the retail price, positive
 */
public record PricePoint(long micros) {

    /** Rejects a zero or negative price: a premium message always charges something. */
    public PricePoint {
        if (micros <= 0) {
            throw new IllegalArgumentException("a price point must be positive: " + micros);
        }
    }
}
