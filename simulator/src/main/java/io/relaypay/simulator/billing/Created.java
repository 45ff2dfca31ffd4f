package io.relaypay.simulator.billing;

import java.util.Objects;

/**
 * The answer to a create request that carries a {@code clientCorrelator}: the resource, and whether
 * it already existed (the request was a replay, nothing was charged again).
 *
 * @param value the payment or refund, as it is now
 * @param replayed whether an earlier request with the same correlator created it
 * @param <T> the resource
 */
public record Created<T>(T value, boolean replayed) {

    /** Requires the value. */
    public Created {
        Objects.requireNonNull(value, "value");
    }
}
