package io.relaypay.agent.token;

import io.relaypay.agent.http.AgentProblem;
import io.relaypay.agent.http.Json;
import io.relaypay.agent.http.Refusal;
import io.relaypay.agent.interchange.InterchangeProblem;
import io.relaypay.agent.interchange.MerchantKey;
import io.relaypay.agent.interchange.MerchantKeys;
import io.relaypay.sdk.json.JsonObject;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Checks a payment token: an ES256 compact JWS of type {@code relaypay-payment-token+jwt}, signed by
 * the merchant key it names, not expired, issued at most {@link #MAX_LIFETIME_SECONDS} before it
 * expires, with sane claims. The merchant is read from the claims before the signature is checked
 * only to know whose key to fetch; nothing else is used until the signature holds.
 */
public final class TokenChecker {

    /** The longest a token may live (contract: exp ≤ iat + 600). */
    public static final long MAX_LIFETIME_SECONDS = 600;

    static final String TYPE = "relaypay-payment-token+jwt";
    private static final long CLOCK_SKEW_SECONDS = 60;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{22,128}");

    /** The one thing the agent needs from a JWS library; the SDK's {@code Jws} provides it. */
    @FunctionalInterface
    public interface SignatureCheck {
        /** The claims' bytes when {@code compact} is an ES256 JWS of {@code typ} signed by {@code key}. */
        Optional<byte[]> verify(String compact, String typ, MerchantKey key);
    }

    /** A checked token and the merchant key it was checked with. */
    public record Checked(PaymentToken token, MerchantKey key) {}

    private final MerchantKeys keys;
    private final SignatureCheck signatures;
    private final Clock clock;

    /** Checks tokens with keys from {@code keys}. */
    public TokenChecker(MerchantKeys keys, SignatureCheck signatures, Clock clock) {
        this.keys = keys;
        this.signatures = signatures;
        this.clock = clock;
    }

    /**
     * The token's claims, once everything holds.
     *
     * @throws Refusal {@code payment-token-invalid} or {@code payment-token-expired}
     */
    public Checked check(String compact) {
        if (compact.length() > 4096) {
            throw invalid("the token is too long");
        }
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 3) {
            throw invalid("the token is not a compact JWS");
        }
        JsonObject header = decode(parts[0]);
        JsonObject unverified = decode(parts[1]);
        if (!header.string("alg").orElse("").equals("ES256")
                || !header.string("typ").orElse("").equals(TYPE)) {
            throw invalid("the token is not an ES256 payment token");
        }
        String kid = header.string("kid").orElse("");
        String merchant = unverified.string("merchant").orElse("");
        MerchantKey key;
        try {
            key = keys.find(merchant, kid);
        } catch (InterchangeProblem e) {
            if (e.status() >= 500) {
                throw Refusal.of(AgentProblem.INTERCHANGE_UNAVAILABLE, "the merchant's key could not be fetched");
            }
            throw invalid("the merchant or its key is unknown");
        }
        if (!key.merchant().equals(merchant)) {
            throw invalid("the key is not the merchant's");
        }
        byte[] claimBytes = signatures
                .verify(compact, TYPE, key)
                .orElseThrow(() -> invalid("the token's signature does not verify"));
        PaymentToken token = claims(compact, kid, Json.parseObject(claimBytes));
        if (!token.merchant().equals(merchant)) {
            throw invalid("the token's claims changed");
        }
        long now = clock.instant().getEpochSecond();
        if (token.expiresAt() <= now) {
            throw Refusal.of(AgentProblem.PAYMENT_TOKEN_EXPIRED, "the payment token has expired");
        }
        if (token.expiresAt() - token.issuedAt() > MAX_LIFETIME_SECONDS
                || token.issuedAt() > now + CLOCK_SKEW_SECONDS) {
            throw invalid("the token's lifetime is not acceptable");
        }
        return new Checked(token, key);
    }

    private static PaymentToken claims(String compact, String kid, JsonObject claims) {
        long amount = claims.integer("amount").orElse(0);
        if (amount <= 0) {
            throw invalid("amount must be a positive integer");
        }
        String currency = claims.string("currency").orElse("");
        String nonce = claims.string("nonce").orElse("");
        String origin = claims.string("origin").orElse("");
        String reference = claims.string("reference").orElse("");
        OptionalLong issuedAt = claims.integer("iat");
        OptionalLong expiresAt = claims.integer("exp");
        if (!CURRENCY.matcher(currency).matches()
                || !NONCE.matcher(nonce).matches()
                || origin.isEmpty()
                || reference.isEmpty()
                || issuedAt.isEmpty()
                || expiresAt.isEmpty()) {
            throw invalid("the token's claims are incomplete");
        }
        return new PaymentToken(
                compact,
                kid,
                claims.string("merchant").orElse(""),
                amount,
                currency,
                reference,
                claims.string("description"),
                origin,
                nonce,
                issuedAt.getAsLong(),
                expiresAt.getAsLong());
    }

    private static JsonObject decode(String part) {
        try {
            return Json.parseObject(Base64.getUrlDecoder().decode(part));
        } catch (IllegalArgumentException | Refusal e) {
            throw invalid("the token is not a compact JWS");
        }
    }

    private static Refusal invalid(String detail) {
        return Refusal.of(AgentProblem.PAYMENT_TOKEN_INVALID, detail);
    }
}
