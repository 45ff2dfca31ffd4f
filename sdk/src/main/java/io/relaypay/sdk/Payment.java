package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A payment ({@code pay_…}) as the merchant API returns it. Fields the server leaves {@code null} are
 * empty optionals; fields this SDK does not know are ignored.
 *
 * @param id {@code pay_…}
 * @param status where it stands; {@link PaymentStatus#UNKNOWN} for a status newer than this SDK
 * @param amount minor units
 * @param currency upper-case ISO-4217 code
 * @param amountRefunded minor units refunded so far
 * @param reference the merchant's reference (an order id, say)
 * @param description shown to the buyer
 * @param phoneNumber the buyer's number in E.164, once given
 * @param checkoutUrl where to send the buyer to pay
 * @param successUrl where the buyer goes after paying
 * @param cancelUrl where the buyer goes after canceling
 * @param failureReason machine-readable reason when failed, canceled or expired ({@code declined}, …)
 * @param failureMessage human-readable reason; comes from outside: escape it before showing it
 * @param livemode whether it is a live (not test) payment
 * @param created when it was created
 * @param expiresAt when it expires if still waiting for the buyer
 * @param fundingMethod once paid, where the money came from ({@code balance},
 *     {@code operator-billing}, {@code premium-sms}, …)
 * @param fee once paid, the merchant's fee in minor units
 * @param net once paid, what the merchant's balance got: the amount less the fee
 * @param collectShippingAddress whether the payment asked the buyer for a shipping address
 * @param shippingAddress once paid, where to ship, as the buyer's phone chose it
 */
public record Payment(
        String id,
        PaymentStatus status,
        long amount,
        String currency,
        long amountRefunded,
        String reference,
        Optional<String> description,
        Optional<String> phoneNumber,
        Optional<URI> checkoutUrl,
        Optional<URI> successUrl,
        Optional<URI> cancelUrl,
        Optional<String> failureReason,
        Optional<String> failureMessage,
        boolean livemode,
        Instant created,
        Optional<Instant> expiresAt,
        Optional<String> fundingMethod,
        OptionalLong fee,
        OptionalLong net,
        boolean collectShippingAddress,
        Optional<ShippingAddress> shippingAddress)
        implements EventObject {

    /** Checks that every component is present. */
    public Payment {
        requireNonNull(id, "id");
        requireNonNull(status, "status");
        requireNonNull(currency, "currency");
        requireNonNull(reference, "reference");
        requireNonNull(description, "description");
        requireNonNull(phoneNumber, "phoneNumber");
        requireNonNull(checkoutUrl, "checkoutUrl");
        requireNonNull(successUrl, "successUrl");
        requireNonNull(cancelUrl, "cancelUrl");
        requireNonNull(failureReason, "failureReason");
        requireNonNull(failureMessage, "failureMessage");
        requireNonNull(created, "created");
        requireNonNull(expiresAt, "expiresAt");
        requireNonNull(fundingMethod, "fundingMethod");
        requireNonNull(fee, "fee");
        requireNonNull(net, "net");
        requireNonNull(shippingAddress, "shippingAddress");
    }
}
