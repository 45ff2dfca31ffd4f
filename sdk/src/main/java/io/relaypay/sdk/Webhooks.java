package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

import io.relaypay.sdk.SignatureVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies and reads the webhooks Relaypay sends. Pass the body exactly as received (before any JSON
 * parsing), the {@code Relaypay-Signature} header and the endpoint's secret:
 *
 * <pre>{@code
 * Event event = Webhooks.constructEvent(rawBody, request.header("Relaypay-Signature"), secret);
 * }</pre>
 *
 * The signature is HMAC-SHA256 over {@code "<t>.<raw body>"}, compared in constant time with every
 * {@code v1} in the header (several during secret rotation); {@code t} must be within
 * {@link #DEFAULT_TOLERANCE} of the clock either way, so a captured webhook cannot be replayed later.
 */
public final class Webhooks {

    /** The name of the header that carries the signature. */
    public static final String SIGNATURE_HEADER = "Relaypay-Signature";

    /** How far the signed timestamp may be from the clock, in the past or the future: 5 minutes. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);

    private static final String HMAC = "HmacSHA256";

    private Webhooks() {}

    /**
     * The event in {@code payload}, verified against the system clock.
     *
     * @throws SignatureVerificationException if it must not be acted on
     */
    public static Event constructEvent(String payload, String signatureHeader, String secret) {
        return constructEvent(payload, signatureHeader, secret, Clock.systemUTC());
    }

    /**
     * The event in {@code payload}, verified against {@code clock}.
     *
     * @throws SignatureVerificationException if it must not be acted on
     */
    public static Event constructEvent(String payload, String signatureHeader, String secret, Clock clock) {
        return constructEvent(
                requireNonNull(payload, "payload").getBytes(StandardCharsets.UTF_8), signatureHeader, secret, clock);
    }

    /**
     * The event in the raw bytes {@code payload}, verified against {@code clock}.
     *
     * @throws SignatureVerificationException if it must not be acted on
     */
    public static Event constructEvent(byte[] payload, String signatureHeader, String secret, Clock clock) {
        verify(payload, signatureHeader, secret, clock, DEFAULT_TOLERANCE);
        try {
            return JsonCodec.event(JsonCodec.parse(payload, "webhook body"));
        } catch (UnreadableJsonException e) {
            throw new SignatureVerificationException(Reason.MALFORMED_PAYLOAD, e.getMessage(), e);
        }
    }

    /**
     * Checks the signature of {@code payload} without reading it.
     *
     * @param tolerance how far the signed timestamp may be from the clock
     * @throws SignatureVerificationException if the header is malformed, no signature matches, or the
     *     timestamp is outside the tolerance
     */
    public static void verify(byte[] payload, String signatureHeader, String secret, Clock clock, Duration tolerance) {
        requireNonNull(payload, "payload");
        requireNonNull(clock, "clock");
        requireNonNull(tolerance, "tolerance");
        SignatureHeader header = SignatureHeader.parse(signatureHeader);
        byte[] expected = hmac(secret, header.timestamp(), payload);
        boolean matched = false;
        for (byte[] candidate : header.signatures()) {
            matched |= MessageDigest.isEqual(expected, candidate);
        }
        if (!matched) {
            throw new SignatureVerificationException(
                    Reason.SIGNATURE_MISMATCH, "no Relaypay-Signature v1 matches the body under this secret");
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - header.epochSecond());
        if (skew > tolerance.toSeconds()) {
            throw new SignatureVerificationException(
                    Reason.TIMESTAMP_OUT_OF_TOLERANCE,
                    "Relaypay-Signature timestamp is " + skew + " s away from now; at most " + tolerance.toSeconds()
                            + " s is accepted");
        }
    }

    /** The {@code Relaypay-Signature} header value for {@code payload} signed at {@code timestamp}. */
    public static String sign(String payload, String secret, Instant timestamp) {
        return sign(requireNonNull(payload, "payload").getBytes(StandardCharsets.UTF_8), secret, timestamp);
    }

    /** The {@code Relaypay-Signature} header value for the raw bytes {@code payload} signed at {@code timestamp}. */
    public static String sign(byte[] payload, String secret, Instant timestamp) {
        String t = Long.toString(requireNonNull(timestamp, "timestamp").getEpochSecond());
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(hmac(secret, t, requireNonNull(payload, "payload")));
    }

    private static byte[] hmac(String secret, String timestamp, byte[] payload) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the webhook secret must not be empty");
        }
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
