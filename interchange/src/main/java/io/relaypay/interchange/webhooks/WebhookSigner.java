package io.relaypay.interchange.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies and checks signatures (docs/api.md): header {@code Relaypay-Signature:
 * t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>}, with more {@code v1=} entries
 * allowed during secret rotation. The interchange-side twin of the SDK's verifier; pure, no state.
 */
public final class WebhookSigner {

    /** The header carrying the signature. */
    public static final String HEADER = "Relaypay-Signature";

    /** How far a timestamp may be from the receiver's clock, as docs/api.md advises. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final HexFormat HEX = HexFormat.of();

    private WebhookSigner() {}

    /** The header value for {@code body} signed with {@code secret} at Unix second {@code t}. */
    public static String sign(String secret, long t, String body) {
        return sign(secret, t, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The header value for the raw {@code body} bytes signed with {@code secret} at {@code t}. */
    public static String sign(String secret, long t, byte[] body) {
        return sign(List.of(secret), t, body);
    }

    /**
     * The header value with one {@code v1} entry per secret, in order: while a secret is rotated the
     * body is signed by the new and the old, and a receiver holding either accepts it.
     */
    public static String sign(List<String> secrets, long t, String body) {
        return sign(secrets, t, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String sign(List<String> secrets, long t, byte[] body) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one secret signs");
        }
        StringBuilder header = new StringBuilder("t=").append(t);
        for (String secret : secrets) {
            header.append(",v1=").append(HEX.formatHex(mac(secret, t, body)));
        }
        return header.toString();
    }

    /** Whether {@code header} carries a valid signature of {@code body} (UTF-8) within tolerance. */
    public static boolean verify(String header, String body, String secret, Instant now, Duration tolerance) {
        return verify(header, body.getBytes(StandardCharsets.UTF_8), secret, now, tolerance);
    }

    /**
     * Whether {@code header} carries a valid signature of the raw {@code body} bytes: its timestamp
     * at most {@code tolerance} away from {@code now}, and one {@code v1} entry equal (compared in
     * constant time) to the HMAC recomputed with {@code secret}. Malformed headers are invalid.
     */
    public static boolean verify(String header, byte[] body, String secret, Instant now, Duration tolerance) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(tolerance, "tolerance");
        if (header == null) {
            return false;
        }
        Long t = null;
        List<byte[]> candidates = new ArrayList<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                return false;
            }
            String key = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            if (key.equals("t")) {
                if (t != null || !value.matches("[0-9]{1,12}")) {
                    return false;
                }
                t = Long.parseLong(value);
            } else if (key.equals("v1") && value.matches("[0-9a-fA-F]{64}")) {
                candidates.add(HEX.parseHex(value));
            }
            // Other keys (future schemes) are ignored, as receivers must.
        }
        if (t == null || candidates.isEmpty()) {
            return false;
        }
        long skew = Math.abs(now.getEpochSecond() - t);
        if (skew > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = mac(secret, t, body);
        boolean valid = false;
        for (byte[] candidate : candidates) {
            valid |= MessageDigest.isEqual(expected, candidate);
        }
        return valid;
    }

    private static byte[] mac(String secret, long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
