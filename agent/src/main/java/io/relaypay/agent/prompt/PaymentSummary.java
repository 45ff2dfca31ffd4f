package io.relaypay.agent.prompt;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * What the user is asked to pay, taken from the verified token and the interchange's name for the
 * merchant (never from the caller), so a page cannot make the prompt lie.
 *
 * @param merchantName the merchant's name as the interchange knows it
 * @param amount minor units
 * @param currency ISO 4217
 * @param reference the merchant's reference
 * @param description what is bought, if the merchant said
 * @param requester the page origin or paired app that asks
 */
public record PaymentSummary(
        String merchantName,
        long amount,
        String currency,
        String reference,
        Optional<String> description,
        String requester) {

    /** Checks the fields. */
    public PaymentSummary {
        requireNonNull(merchantName, "merchantName");
        requireNonNull(currency, "currency");
        requireNonNull(reference, "reference");
        requireNonNull(description, "description");
        requireNonNull(requester, "requester");
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
    }

    /** The amount for people: {@code 12.50 EUR}. */
    public String displayAmount() {
        int digits;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException unknown) {
            digits = 2;
        }
        return BigDecimal.valueOf(amount, digits).toPlainString() + " " + currency;
    }
}
