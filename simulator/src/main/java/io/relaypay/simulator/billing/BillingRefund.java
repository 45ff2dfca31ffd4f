package io.relaypay.simulator.billing;

import java.time.Instant;
import java.util.Objects;

/**
 * A refund of an operator billing payment. The simulator refunds synchronously, so every refund that
 * exists has succeeded: it is on the phone's bill as a credit and, on a prepaid phone, back in its
 * credit.
 *
 * @param refundId the network's id, {@code cbr_…}
 * @param paymentId the refunded payment
 * @param request what the client asked for
 * @param amountMinor the amount refunded (for a total refund, what was left)
 * @param currency the payment's currency
 * @param carrierShareMinor the part of the carrier's share given back
 * @param createdAt when it was refunded
 */
public record BillingRefund(
        String refundId,
        String paymentId,
        RefundRequest request,
        long amountMinor,
        String currency,
        long carrierShareMinor,
        Instant createdAt) {

    /** Requires every field; amounts are positive, the share within the amount. */
    public BillingRefund {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(createdAt, "createdAt");
        if (amountMinor <= 0 || carrierShareMinor < 0 || carrierShareMinor > amountMinor) {
            throw new IllegalArgumentException("bad refund amounts: " + amountMinor + "/" + carrierShareMinor);
        }
    }
}
