package io.relaypay.interchange.refunds;

import io.relaypay.interchange.common.Amounts;
import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.merchants.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * A merchant's request to refund a payment; an invalid one cannot exist.
 *
 * @param caller the merchant and mode
 * @param paymentId the payment to refund
 * @param amount minor units; empty for everything not yet refunded
 */
public record NewRefund(Caller caller, String paymentId, Optional<Long> amount) {

    /** Validates every field. */
    public NewRefund {
        Objects.requireNonNull(caller, "caller");
        if (paymentId == null || paymentId.isBlank() || paymentId.length() > 40) {
            throw ApiException.invalid("payment", "payment is required: the id of the payment to refund");
        }
        amount = Objects.requireNonNullElse(amount, Optional.empty());
        amount.ifPresent(a -> Amounts.positive(a, "amount"));
    }
}
