package io.relaypay.sdk.agent;

import static java.util.Objects.requireNonNull;

import io.relaypay.sdk.agent.AgentTokenException.Reason;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The claims of a payment token: what a merchant asks the buyer's agent to pay. An invalid one cannot
 * exist.
 *
 * @param merchant the merchant's account id ({@code mer_…})
 * @param amount minor units, positive
 * @param currency ISO-4217 code, upper case
 * @param reference the merchant's reference, 1 to 200 characters
 * @param description shown to the buyer, up to 500 characters
 * @param origin the exact {@code scheme://host[:port]} of the page allowed to present the token
 * @param nonce at least 128 random bits as base64url; single use
 * @param issuedAt {@code iat}
 * @param expiresAt {@code exp}, after {@code iat} by at most {@link PaymentTokens#MAX_LIFETIME}
 */
public record PaymentToken(
        String merchant,
        long amount,
        String currency,
        String reference,
        Optional<String> description,
        String origin,
        String nonce,
        Instant issuedAt,
        Instant expiresAt) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{22,128}");

    /** Validates every claim. */
    public PaymentToken {
        requireNonNull(description, "description");
        require(merchant != null && !merchant.isEmpty() && merchant.length() <= 64, "merchant is required");
        require(amount > 0, "amount must be a positive number of minor units");
        require(currency != null && CURRENCY.matcher(currency).matches(), "currency must be an ISO-4217 code");
        require(
                reference != null && !reference.isBlank() && reference.length() <= 200,
                "reference is required, 1 to 200 characters");
        require(description.filter(d -> d.length() > 500).isEmpty(), "description is at most 500 characters");
        require(origin != null && !origin.isEmpty() && origin.length() <= 300, "origin is required");
        require(nonce != null && NONCE.matcher(nonce).matches(), "nonce must be at least 128 bits as base64url");
        require(issuedAt != null && expiresAt != null, "iat and exp are required");
        require(expiresAt.isAfter(issuedAt), "exp must be after iat");
        require(
                !expiresAt.isAfter(issuedAt.plus(PaymentTokens.MAX_LIFETIME)),
                "exp must be at most " + PaymentTokens.MAX_LIFETIME.toSeconds() + " s after iat");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AgentTokenException(Reason.CLAIMS_INVALID, message);
        }
    }
}
