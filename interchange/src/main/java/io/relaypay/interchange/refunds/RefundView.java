package io.relaypay.interchange.refunds;

/**
 * A refund as the API and webhooks show it (docs/api.md); snake_case on the wire. Absent values
 * are {@code null} because JSON shows them as {@code null}.
 *
 * @param id refund id
 * @param object always {@code refund}
 * @param payment the payment id
 * @param amount minor units
 * @param currency ISO-4217 code
 * @param status {@code pending}, {@code succeeded} or {@code failed}
 * @param failureReason why it failed, or null
 * @param destination where a succeeded refund's money went: {@code balance} (the buyer's Relaypay
 *     balance, also when the phone bill's carrier refused it) or {@code original_method}; else null
 * @param livemode live or test
 * @param created Unix seconds
 */
public record RefundView(
        String id,
        String object,
        String payment,
        long amount,
        String currency,
        String status,
        String failureReason,
        String destination,
        boolean livemode,
        long created) {

    /** The view of {@code refund}. */
    public static RefundView of(Refund refund) {
        return new RefundView(
                refund.id(),
                "refund",
                refund.paymentId(),
                refund.amount(),
                refund.currency(),
                refund.status().wire(),
                refund.failureReason().orElse(null),
                refund.destination().map(RefundForwarding.Destination::wire).orElse(null),
                refund.livemode(),
                refund.createdAt().getEpochSecond());
    }
}
