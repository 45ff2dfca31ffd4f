package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A refund ({@code re_…}) of part or all of a payment.
 *
 * @param id {@code re_…}
 * @param payment the refunded payment's id
 * @param amount minor units
 * @param currency upper-case ISO-4217 code
 * @param status where it stands; {@link RefundStatus#UNKNOWN} for a status newer than this SDK
 * @param created when it was created
 */
public record Refund(String id, String payment, long amount, String currency, RefundStatus status, Instant created)
        implements EventObject {

    /** Checks that every component is present. */
    public Refund {
        requireNonNull(id, "id");
        requireNonNull(payment, "payment");
        requireNonNull(currency, "currency");
        requireNonNull(status, "status");
        requireNonNull(created, "created");
    }
}
