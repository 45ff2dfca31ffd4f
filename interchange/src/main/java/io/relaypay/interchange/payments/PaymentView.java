package io.relaypay.interchange.payments;

import java.net.URI;
import java.util.Optional;

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
 * @param fundingMethod how the money came in ({@code balance}, {@code operator-billing},
 *     {@code premium-sms}), once the merchant is paid; else null
 * @param fee the merchant's fee in minor units, once paid; else null
 * @param net what the merchant's balance got, the amount less the fee, once paid; else null
 * @param collectShippingAddress whether the merchant asked for a shipping address
 * @param shippingAddress where to ship, as the buyer's phone chose it; null before success and for
 *     payments that did not ask
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
        long expiresAt,
        String fundingMethod,
        Long fee,
        Long net,
        boolean collectShippingAddress,
        Address shippingAddress) {

    /**
     * A shipping address on the wire; absent parts are {@code null}.
     *
     * @param name the recipient
     * @param line1 street and number
     * @param line2 more of the address or null
     * @param city town or city
     * @param region state, province or county, or null
     * @param postalCode postal code or null
     * @param country ISO 3166 alpha-2
     */
    public record Address(
            String name, String line1, String line2, String city, String region, String postalCode, String country) {

        static Address of(ShippingAddress a) {
            return new Address(
                    a.name(),
                    a.line1(),
                    a.line2().orElse(null),
                    a.city(),
                    a.region().orElse(null),
                    a.postalCode().orElse(null),
                    a.country());
        }
    }

    /** The view of {@code p}, its checkout page under {@code publicUrl}, without its funding. */
    public static PaymentView of(Payment p, URI publicUrl) {
        return of(p, publicUrl, Optional.empty());
    }

    /** The view of {@code p} with how it was funded, once it was. */
    public static PaymentView of(Payment p, URI publicUrl, Optional<SettledFundings.Settled> settled) {
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
                p.expiresAt().getEpochSecond(),
                settled.map(SettledFundings.Settled::method).orElse(null),
                settled.map(SettledFundings.Settled::fee).orElse(null),
                settled.map(f -> p.amount() - f.fee()).orElse(null),
                p.collectShippingAddress(),
                // Chosen at confirmation, shown once paid: a merchant ships only paid orders.
                p.status() == PaymentStatus.SUCCEEDED
                        ? p.shippingAddress().map(Address::of).orElse(null)
                        : null);
    }
}
