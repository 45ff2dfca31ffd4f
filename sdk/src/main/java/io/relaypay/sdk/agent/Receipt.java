package io.relaypay.sdk.agent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * What the interchange signed about a payment made through the agent.
 *
 * @param payment the payment's id ({@code pay_…})
 * @param status {@code succeeded} or {@code failed}
 * @param merchant the merchant's account id
 * @param amount minor units
 * @param currency ISO-4217 code
 * @param reference the merchant's reference from the token
 * @param nonce the token's nonce: ties the receipt to the one token the merchant issued
 * @param phoneLast4 the last four digits of the payer's number, when shown
 * @param issuedAt when the interchange signed it
 */
public record Receipt(
        String payment,
        String status,
        String merchant,
        long amount,
        String currency,
        String reference,
        String nonce,
        Optional<String> phoneLast4,
        Instant issuedAt) {

    /** The status of a paid receipt. */
    public static final String SUCCEEDED = "succeeded";

    /** The status of a refused or failed payment's receipt. */
    public static final String FAILED = "failed";

    /** Requires every part. */
    public Receipt {
        requireNonNull(payment, "payment");
        requireNonNull(status, "status");
        requireNonNull(merchant, "merchant");
        requireNonNull(currency, "currency");
        requireNonNull(reference, "reference");
        requireNonNull(nonce, "nonce");
        requireNonNull(phoneLast4, "phoneLast4");
        requireNonNull(issuedAt, "issuedAt");
    }

    /** Whether the money moved: the only status on which to deliver the goods. */
    public boolean succeeded() {
        return SUCCEEDED.equals(status);
    }
}
