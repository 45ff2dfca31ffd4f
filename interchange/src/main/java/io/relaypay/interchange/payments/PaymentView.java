package io.relaypay.interchange.payments;

import java.net.URI;

/**
 * A payment as the API and webhooks show it (docs/api.md); field names become snake_case on the
 * wire. Absent values are {@code null} here because JSON shows them as {@code null}.
 *
 * @param id payment id
 * @param object always {@code payment}
 * @param status wire status
 * @param amount minor units
 * @param currency ISO-4217 code
 * @param amountRefunded minor units refunded
 * @param reference merchant's reference
 * @param description description or null
 * @param phoneNumber buyer's number or null
 * @param checkoutUrl where the buyer pays
 * @param successUrl success URL or null
 * @param cancelUrl cancel URL or null
 * @param failureReason reason or null
 * @param failureMessage message or null
 * @param livemode live or test
 * @param created Unix seconds
 * @param expiresAt Unix seconds
 */
public record PaymentView(
        String id,
        String object,
        String status,
        long amount,
        String currency,
        long amountRefunded,
        String reference,
        String description,
        String phoneNumber,
        String checkoutUrl,
        String successUrl,
        String cancelUrl,
        String failureReason,
        String failureMessage,
        boolean livemode,
        long created,
        long expiresAt) {

    /** The view of {@code p}, its checkout page under {@code publicUrl}. */
    public static PaymentView of(Payment p, URI publicUrl) {
        String base = publicUrl.toString().replaceAll("/+$", "");
        return new PaymentView(
                p.id(),
                "payment",
                p.status().wire(),
                p.amount(),
                p.currency(),
                p.amountRefunded(),
                p.reference(),
                p.description().orElse(null),
                p.phoneNumber().orElse(null),
                base + "/checkout/" + p.id(),
                p.successUrl().map(URI::toString).orElse(null),
                p.cancelUrl().map(URI::toString).orElse(null),
                p.failure().map(f -> f.reason().wire()).orElse(null),
                p.failure().map(Payment.Failure::message).orElse(null),
                p.livemode(),
                p.createdAt().getEpochSecond(),
                p.expiresAt().getEpochSecond());
    }
}
