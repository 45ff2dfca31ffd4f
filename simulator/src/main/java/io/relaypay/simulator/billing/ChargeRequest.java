package io.relaypay.simulator.billing;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to charge (one step) or reserve (two steps) an amount on a phone. It validates itself,
 * so an invalid one cannot exist. Two requests with the same {@code clientCorrelator} are the same
 * request when they are {@linkplain #equals equal}.
 *
 * @param flow one step or two steps
 * @param phoneNumber the subscriber, E.164 with {@code +}
 * @param amountMinor the amount in minor units, positive
 * @param currency ISO-4217 code
 * @param description the bill text
 * @param referenceCode the merchant's reference
 * @param clientCorrelator the client's idempotency key, if any
 * @param merchantName the merchant shown on the bill, if the client named one
 */
public record ChargeRequest(
        PaymentFlow flow,
        String phoneNumber,
        long amountMinor,
        String currency,
        String description,
        String referenceCode,
        Optional<String> clientCorrelator,
        Optional<String> merchantName) {

    /** Longest accepted text field. */
    public static final int MAX_TEXT = 256;

    /** E.164 as CAMARA's {@code phoneNumber} pattern. */
    public static final String PHONE_NUMBER_PATTERN = "\\+[1-9][0-9]{4,14}";

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public ChargeRequest {
        Objects.requireNonNull(flow, "flow");
        if (phoneNumber == null || !phoneNumber.matches(PHONE_NUMBER_PATTERN)) {
            throw new IllegalArgumentException("phoneNumber must be E.164 with a leading +, was: " + phoneNumber);
        }
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        requireCurrency(currency);
        requireText(description, "description");
        requireText(referenceCode, "referenceCode");
        Objects.requireNonNull(clientCorrelator, "clientCorrelator").ifPresent(c -> requireText(c, "clientCorrelator"));
        Objects.requireNonNull(merchantName, "merchantName").ifPresent(m -> requireText(m, "merchantName"));
    }

    static void requireCurrency(String currency) {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as EUR, was: " + currency);
        }
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown currency: " + currency);
        }
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank() || value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " must be 1.." + MAX_TEXT + " characters, not blank");
        }
    }
}
