package io.relaypay.sdk.jose;

import static java.util.Objects.requireNonNull;

import io.relaypay.sdk.jose.JoseException.Reason;
import io.relaypay.sdk.json.JsonException;
import io.relaypay.sdk.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * Compact JWS (RFC 7515) with {@code ES256} and nothing else. The verifier never lets the token choose
 * the algorithm or the key: {@code alg} must be exactly {@code ES256}, the key comes from the caller's
 * {@link KeyResolver} by {@code kid}, and {@code typ} must be the one the caller expects, so a receipt
 * cannot pass for a payment token or the other way round.
 *
 * <pre>{@code
 * String jws = Jws.sign("relaypay-receipt+jwt", "rk_1", claimsJson, privateKey);
 * VerifiedJws verified = Jws.verify(jws, kid -> keys.find(kid), "relaypay-receipt+jwt");
 * }</pre>
 */
public final class Jws {

    /** The one algorithm Relaypay signs and accepts. */
    public static final String ALG = "ES256";

    /** Longest compact JWS accepted, so a hostile input cannot make the verifier parse megabytes. */
    public static final int MAX_LENGTH = 16 * 1024;

    private Jws() {}

    /** {@code claimsJson} signed as a compact JWS with header {@code {"alg":"ES256","typ":typ,"kid":kid}}. */
    public static String sign(String typ, String kid, String claimsJson, PrivateKey key) {
        return sign(typ, kid, requireNonNull(claimsJson, "claimsJson").getBytes(StandardCharsets.UTF_8), key);
    }

    /** {@code claimsJson} (UTF-8 JSON bytes) signed as a compact JWS. */
    public static String sign(String typ, String kid, byte[] claimsJson, PrivateKey key) {
        requireText(typ, "typ");
        requireText(kid, "kid");
        requireNonNull(claimsJson, "claimsJson");
        byte[] header = JsonObject.builder()
                .put("alg", ALG)
                .put("typ", typ)
                .put("kid", kid)
                .toJsonBytes();
        String signingInput = Base64Url.encode(header) + "." + Base64Url.encode(claimsJson);
        byte[] signature = Es256.sign(signingInput.getBytes(StandardCharsets.US_ASCII), key);
        return signingInput + "." + Base64Url.encode(signature);
    }

    /**
     * The header and claims of {@code compact} after checking, in this order: shape, {@code alg},
     * {@code typ}, {@code kid} known to {@code keys}, signature.
     *
     * @throws JoseException with the {@link Reason} of the first check that failed
     */
    public static VerifiedJws verify(String compact, KeyResolver keys, String expectedTyp) {
        requireNonNull(keys, "keys");
        requireText(expectedTyp, "expectedTyp");
        Parts parts = split(compact);
        JwsHeader header = parts.header();
        if (!header.typ().equals(expectedTyp)) {
            throw new JoseException(
                    Reason.TYPE_MISMATCH, "JWS typ is '" + header.typ() + "', expected '" + expectedTyp + "'");
        }
        PublicKey key = keys.resolve(header.kid())
                .orElseThrow(() -> new JoseException(Reason.UNKNOWN_KEY, "JWS kid '" + header.kid() + "' is unknown"));
        if (!Es256.verify(parts.signingInput(), parts.signature(), key)) {
            throw new JoseException(
                    Reason.SIGNATURE_MISMATCH, "JWS signature does not verify under key " + header.kid());
        }
        return new VerifiedJws(header, parts.claims());
    }

    /**
     * The header and claims of {@code compact} WITHOUT checking the signature: only to learn which key to
     * fetch (the {@code kid}, the issuer in the claims) before calling {@link #verify}. Shape and
     * {@code alg} are still checked.
     *
     * @throws JoseException if it is malformed or names another algorithm
     */
    public static VerifiedJws readUnverified(String compact) {
        Parts parts = split(compact);
        return new VerifiedJws(parts.header(), parts.claims());
    }

    private record Parts(JwsHeader header, byte[] claims, byte[] signingInput, byte[] signature) {}

    private static Parts split(String compact) {
        if (compact == null || compact.isEmpty()) {
            throw new JoseException(Reason.MALFORMED, "JWS is missing");
        }
        if (compact.length() > MAX_LENGTH) {
            throw new JoseException(Reason.MALFORMED, "JWS is longer than " + MAX_LENGTH + " characters");
        }
        int first = compact.indexOf('.');
        int second = first < 0 ? -1 : compact.indexOf('.', first + 1);
        if (first <= 0 || second < 0 || compact.indexOf('.', second + 1) >= 0) {
            throw new JoseException(Reason.MALFORMED, "JWS is not three dot-separated parts");
        }
        JwsHeader header = header(Base64Url.decode(compact.substring(0, first), "JWS header"));
        byte[] claims = Base64Url.decode(compact.substring(first + 1, second), "JWS payload");
        requireJsonObject(claims, "JWS payload");
        byte[] signature = Base64Url.decode(compact.substring(second + 1), "JWS signature");
        return new Parts(header, claims, compact.substring(0, second).getBytes(StandardCharsets.US_ASCII), signature);
    }

    private static JwsHeader header(byte[] json) {
        JsonObject node = requireJsonObject(json, "JWS header");
        String alg = node.string("alg").orElseThrow(() -> new JoseException(Reason.MALFORMED, "JWS header has no alg"));
        if (!ALG.equals(alg)) {
            throw new JoseException(Reason.ALGORITHM_REFUSED, "JWS alg '" + alg + "' is refused; only ES256");
        }
        if (node.has("crit")) {
            throw new JoseException(Reason.MALFORMED, "JWS header has crit extensions, none are understood");
        }
        return new JwsHeader(ALG, text(node, "typ"), text(node, "kid"));
    }

    private static String text(JsonObject header, String field) {
        return header.string(field)
                .filter(value -> !value.isEmpty())
                .orElseThrow(() -> new JoseException(Reason.MALFORMED, "JWS header has no " + field));
    }

    private static JsonObject requireJsonObject(byte[] json, String what) {
        try {
            return JsonObject.parse(json);
        } catch (JsonException e) {
            throw new JoseException(Reason.MALFORMED, what + " is not a JSON object: " + e.getMessage(), e);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }
}
