package io.relaypay.simulator.billing;

import java.util.Objects;
import java.util.Optional;

/**
 * A request to refund a payment in full or in part. It validates itself. Two requests with the same
 * {@code clientCorrelator} are the same request when they are {@linkplain #equals equal}.
 *
 * @param paymentId the payment to refund
 * @param type total (what is left) or partial ({@code amountMinor})
 * @param amountMinor for a partial refund, the amount in minor units; empty for a total one
 * @param currency for a partial refund, the payment's currency; empty for a total one
 * @param description the bill text of the refund, if given
 * @param referenceCode the merchant's reference
 * @param reason why, if given
 * @param clientCorrelator the client's idempotency key, if any
 */
public record RefundRequest(
        String paymentId,
        RefundType type,
        Optional<Long> amountMinor,
        Optional<String> currency,
        Optional<String> description,
        String referenceCode,
        Optional<String> reason,
        Optional<String> clientCorrelator) {

    /**
     * Validates every field: a partial refund has a positive amount and a currency, a total one
     * neither.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public RefundRequest {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amountMinor, "amountMinor");
        Objects.requireNonNull(currency, "currency");
        switch (type) {
            case PARTIAL -> {
                if (amountMinor.isEmpty() || currency.isEmpty()) {
                    throw new IllegalArgumentException("a partial refund needs refundAmount.chargingInformation");
                }
                if (amountMinor.get() <= 0) {
                    throw new IllegalArgumentException("amount must be positive");
                }
                ChargeRequest.requireCurrency(currency.get());
            }
            case TOTAL -> {
                if (amountMinor.isPresent() || currency.isPresent()) {
                    throw new IllegalArgumentException(
                            "a total refund refunds what is left and takes no chargingInformation");
                }
            }
        }
        Objects.requireNonNull(description, "description").ifPresent(d -> ChargeRequest.requireText(d, "description"));
        ChargeRequest.requireText(referenceCode, "referenceCode");
        Objects.requireNonNull(reason, "reason").ifPresent(r -> ChargeRequest.requireText(r, "reason"));
        Objects.requireNonNull(clientCorrelator, "clientCorrelator")
                .ifPresent(c -> ChargeRequest.requireText(c, "clientCorrelator"));
    }
}
