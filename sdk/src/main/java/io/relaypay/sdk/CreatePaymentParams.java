package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;

/**
 * What {@code POST /v1/payments} needs. Start with {@link #of(long, String, String)} and add the
 * optional parts with the {@code with…} methods; an invalid value is refused here, before anything is
 * sent.
 *
 * @param amount minor units, positive
 * @param currency upper-case ISO-4217 code
 * @param reference the merchant's own reference, such as an order id
 * @param description shown to the buyer
 * @param successUrl where the buyer returns after paying (absolute http(s) URL)
 * @param cancelUrl where the buyer returns after canceling (absolute http(s) URL)
 * @param phoneNumber the buyer's number in E.164 if the merchant already knows it
 * @param collectShippingAddress whether the buyer's phone must choose a shipping address (physical
 *     goods); a buyer with none on file is then not charged ({@code shipping_address_missing})
 * @param confirm whether the confirmation text goes to {@code phoneNumber} at once ({@code confirm:
 *     true}), so a buyer who replies by SMS never needs the checkout page
 */
public record CreatePaymentParams(
        long amount,
        String currency,
        String reference,
        Optional<String> description,
        Optional<URI> successUrl,
        Optional<URI> cancelUrl,
        Optional<String> phoneNumber,
        boolean collectShippingAddress,
        boolean confirm) {

    /** Refuses a non-positive amount, a bad currency, a blank reference or a relative URL. */
    public CreatePaymentParams {
        Validation.positive(amount, "amount");
        Validation.currency(requireNonNull(currency, "currency"));
        Validation.notBlank(reference, "reference");
        requireNonNull(description, "description");
        requireNonNull(successUrl, "successUrl").ifPresent(u -> Validation.absoluteHttp(u, "successUrl"));
        requireNonNull(cancelUrl, "cancelUrl").ifPresent(u -> Validation.absoluteHttp(u, "cancelUrl"));
        requireNonNull(phoneNumber, "phoneNumber").ifPresent(p -> Validation.notBlank(p, "phoneNumber"));
        if (confirm && phoneNumber.isEmpty()) {
            throw new IllegalArgumentException("confirm needs the buyer's phoneNumber");
        }
    }

    /** A payment of {@code amount} minor units of {@code currency} for {@code reference}. */
    public static CreatePaymentParams of(long amount, String currency, String reference) {
        return new CreatePaymentParams(
                amount,
                currency,
                reference,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                false);
    }

    /** The same with a description shown to the buyer. */
    public CreatePaymentParams withDescription(String description) {
        return new CreatePaymentParams(
                amount,
                currency,
                reference,
                Optional.of(description),
                successUrl,
                cancelUrl,
                phoneNumber,
                collectShippingAddress,
                confirm);
    }

    /** The same with a URL the buyer returns to after paying. */
    public CreatePaymentParams withSuccessUrl(URI successUrl) {
        return new CreatePaymentParams(
                amount,
                currency,
                reference,
                description,
                Optional.of(successUrl),
                cancelUrl,
                phoneNumber,
                collectShippingAddress,
                confirm);
    }

    /** The same with a URL the buyer returns to after canceling. */
    public CreatePaymentParams withCancelUrl(URI cancelUrl) {
        return new CreatePaymentParams(
                amount,
                currency,
                reference,
                description,
                successUrl,
                Optional.of(cancelUrl),
                phoneNumber,
                collectShippingAddress,
                confirm);
    }

    /** The same with the buyer's phone number, so the checkout does not ask for it. */
    public CreatePaymentParams withPhoneNumber(String phoneNumber) {
        return new CreatePaymentParams(
                amount,
                currency,
                reference,
                description,
                successUrl,
                cancelUrl,
                Optional.of(phoneNumber),
                collectShippingAddress,
                confirm);
    }

    /**
     * The same asking the buyer's phone for a shipping address: the payment then carries the chosen
     * address once it succeeds ({@link Payment#shippingAddress()}).
     */
    public CreatePaymentParams withShippingAddressCollected() {
        return new CreatePaymentParams(
                amount, currency, reference, description, successUrl, cancelUrl, phoneNumber, true, confirm);
    }

    /**
     * The same sending the confirmation text to {@code phoneNumber} as the payment is created: the
     * payment comes back {@code requires_confirmation} (the buyer replies by SMS, or types the code
     * at its checkout URL), {@code failed} when declined, or still {@code requires_phone_number}
     * when no route reaches the number.
     */
    public CreatePaymentParams withConfirmationSentTo(String phoneNumber) {
        return new CreatePaymentParams(
                amount,
                currency,
                reference,
                description,
                successUrl,
                cancelUrl,
                Optional.of(phoneNumber),
                collectShippingAddress,
                true);
    }
}
