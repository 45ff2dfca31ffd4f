package io.relaypay.sdk.agent;

import static java.util.Objects.requireNonNull;

import io.relaypay.sdk.agent.AgentTokenException.Reason;
import io.relaypay.sdk.jose.Base64Url;
import io.relaypay.sdk.jose.JoseException;
import io.relaypay.sdk.jose.Jws;
import io.relaypay.sdk.jose.KeyResolver;
import io.relaypay.sdk.jose.VerifiedJws;
import io.relaypay.sdk.json.JsonObject;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Payment tokens: a merchant's server signs one per purchase with its agent key and hands it to the
 * page, which passes it to the buyer's local agent.
 *
 * <pre>{@code
 * String token = PaymentTokens.create(kid, agentKey, "mer_…", 499, "EUR", "order-1042",
 *         Optional.of("Stage 2"), "https://shop.example", Duration.ofMinutes(5), Clock.systemUTC());
 * }</pre>
 */
public final class PaymentTokens {

    /** The JWS {@code typ} of a payment token. */
    public static final String TYP = "relaypay-payment-token+jwt";

    /** The longest a token may live: 10 minutes. */
    public static final Duration MAX_LIFETIME = Duration.ofSeconds(600);

    /** How far in the future an {@code iat} may be before the token is refused: clocks drift. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private static final SecureRandom RANDOM = new SecureRandom();

    private PaymentTokens() {}

    /** A fresh 256-bit nonce as base64url. */
    public static String newNonce() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64Url.encode(bytes);
    }

    /**
     * A signed token for these claims with a fresh nonce, valid for {@code lifetime} from now.
     *
     * @param kid the agent key's id ({@code akey_…}) as registered with {@code POST /v1/agent_keys}
     */
    public static String create(
            String kid,
            PrivateKey key,
            String merchant,
            long amount,
            String currency,
            String reference,
            Optional<String> description,
            String origin,
            Duration lifetime,
            Clock clock) {
        Instant now = Instant.ofEpochSecond(clock.instant().getEpochSecond());
        return sign(
                new PaymentToken(
                        merchant,
                        amount,
                        currency,
                        reference,
                        description,
                        origin,
                        newNonce(),
                        now,
                        now.plus(requireNonNull(lifetime, "lifetime"))),
                kid,
                key);
    }

    /** {@code token} signed as a compact JWS under {@code kid}. */
    public static String sign(PaymentToken token, String kid, PrivateKey key) {
        JsonObject.Builder claims = JsonObject.builder()
                .put("merchant", token.merchant())
                .put("amount", token.amount())
                .put("currency", token.currency())
                .put("reference", token.reference());
        token.description().ifPresent(d -> claims.put("description", d));
        claims.put("origin", token.origin())
                .put("nonce", token.nonce())
                .put("iat", token.issuedAt().getEpochSecond())
                .put("exp", token.expiresAt().getEpochSecond());
        return Jws.sign(TYP, kid, claims.toJsonBytes(), key);
    }

    /**
     * The claims of {@code token} after checking its signature under the key {@code keys} resolves for
     * its kid, its claims, and that it is live at {@code clock}'s now.
     *
     * @throws AgentTokenException if any check fails
     */
    public static PaymentToken verify(String token, KeyResolver keys, Clock clock) {
        VerifiedJws jws;
        try {
            jws = Jws.verify(token, keys, TYP);
        } catch (JoseException e) {
            throw new AgentTokenException(Reason.SIGNATURE_INVALID, "payment token: " + e.getMessage(), e);
        }
        PaymentToken claims = claimsOf(jws);
        Instant now = clock.instant();
        if (!now.isBefore(claims.expiresAt())) {
            throw new AgentTokenException(Reason.EXPIRED, "payment token expired at " + claims.expiresAt());
        }
        if (claims.issuedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new AgentTokenException(Reason.EXPIRED, "payment token is issued in the future");
        }
        return claims;
    }

    /**
     * The claims of a token whose signature was checked elsewhere, or not yet ({@link Jws#readUnverified}
     * to learn merchant and kid before fetching the key). Checks the claims, not the time.
     *
     * @throws AgentTokenException ({@link Reason#CLAIMS_INVALID}) if a claim is missing or invalid
     */
    public static PaymentToken claimsOf(VerifiedJws jws) {
        Claims c = Claims.of(jws.claims());
        return new PaymentToken(
                c.text("merchant"),
                c.integer("amount"),
                c.text("currency"),
                c.text("reference"),
                c.optionalText("description"),
                c.text("origin"),
                c.text("nonce"),
                c.seconds("iat"),
                c.seconds("exp"));
    }
}
