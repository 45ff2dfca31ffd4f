package io.relaypay.interchange.payments;

import io.relaypay.interchange.common.Amounts;
import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.merchants.Caller;
import io.relaypay.routing.E164;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A merchant's request to create a payment; an invalid one cannot exist.
 *
 * @param caller the merchant and mode
 * @param amount minor units
 * @param currency ISO-4217 code
 * @param reference the merchant's reference, 1 to 200 characters
 * @param description shown to the buyer, up to 500 characters
 * @param successUrl http(s) URL
 * @param cancelUrl http(s) URL
 * @param phoneNumber the buyer's number in E.164, when the merchant knows it
 * @param collectShippingAddress whether the buyer's phone must choose a shipping address
 */
public record NewPayment(
        Caller caller,
        long amount,
        String currency,
        String reference,
        Optional<String> description,
        Optional<URI> successUrl,
        Optional<URI> cancelUrl,
        Optional<String> phoneNumber,
        boolean collectShippingAddress) {

    /** Validates every field; the first bad one is named in the refusal. */
    public NewPayment {
        Objects.requireNonNull(caller, "caller");
        Amounts.positive(amount, "amount");
        Amounts.currency(currency, "currency");
        if (reference == null || reference.isBlank() || reference.length() > 200) {
            throw ApiException.invalid("reference", "reference is required, 1 to 200 characters");
        }
        description = Objects.requireNonNullElse(description, Optional.empty());
        if (description.filter(d -> d.length() > 500).isPresent()) {
            throw ApiException.invalid("description", "description is at most 500 characters");
        }
        successUrl = checkUrl(successUrl, "success_url");
        cancelUrl = checkUrl(cancelUrl, "cancel_url");
        phoneNumber = Objects.requireNonNullElse(phoneNumber, Optional.empty());
        if (phoneNumber.filter(p -> !E164.isValid(p)).isPresent()) {
            throw ApiException.invalid("phone_number", "phone_number must be E.164, such as +4915112345678");
        }
    }

    private static Optional<URI> checkUrl(Optional<URI> url, String param) {
        Optional<URI> value = Objects.requireNonNullElse(url, Optional.empty());
        value.ifPresent(u -> {
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || u.getHost() == null
                    || u.toString().length() > 2000) {
                throw ApiException.invalid(param, param + " must be an absolute http(s) URL");
            }
        });
        return value;
    }
}
