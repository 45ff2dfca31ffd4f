package io.relaypay.simulator.processor;

import java.time.Instant;

/**
 * Money given back on a captured card payment or a stored-value payment; it succeeds at once.
 *
 * @param id {@code re_...}
 * @param paymentId the payment refunded
 * @param amount minor units
 * @param created when
 */
public record Refund(String id, String paymentId, long amount, Instant created) {}
