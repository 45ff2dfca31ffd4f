package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;

/**
 * What {@code POST /v1/refunds} needs.
 *
 * @param payment the id of the payment to refund
 * @param amount minor units to refund; empty refunds whatever is left
 */
public record CreateRefundParams(String payment, OptionalLong amount) {

    /** Refuses a malformed payment id or a non-positive amount. */
    public CreateRefundParams {
        Validation.id(payment, "payment");
        requireNonNull(amount, "amount").ifPresent(a -> Validation.positive(a, "amount"));
    }

    /** Refunds whatever is left of the payment. */
    public static CreateRefundParams fullRefund(String payment) {
        return new CreateRefundParams(payment, OptionalLong.empty());
    }

    /** Refunds {@code amount} minor units of the payment. */
    public static CreateRefundParams partialRefund(String payment, long amount) {
        return new CreateRefundParams(payment, OptionalLong.of(amount));
    }
}
