package io.relaypay.messaging.http;

import io.relaypay.messaging.InvalidMessageException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the callback URLs of one channel, so that only a gateway we handed a URL to can
 * report deliveries or MO messages. The token is {@code HMAC-SHA256(secret, "<channel>|dlr|<message
 * id>")} for a delivery report, bound to the one message whose {@code dlr-url} carries it, and
 * {@code HMAC-SHA256(secret, "<channel>|mo")} for MO messages, a static per-channel token because the
 * gateway builds MO requests itself. Either travels as the query parameter {@value
 * #SIGNATURE_PARAMETER}, as the first {@value #TOKEN_HEX_LENGTH} hex digits (128 bits).
 *
 * <p>Tokens are credentials: never log them or the URLs that carry them.
 */
public final class CallbackSigner {
    /** Query parameter carrying the token. */
    public static final String SIGNATURE_PARAMETER = "sig";
    /** Query parameter carrying our message id, to which a delivery report token is bound. */
    public static final String REFERENCE_PARAMETER = "id";
    /** The shortest secret accepted; {@code openssl rand -hex 32} makes a good one. */
    public static final int MIN_SECRET_LENGTH = 16;
    /** Hex digits of the MAC a token keeps. */
    public static final int TOKEN_HEX_LENGTH = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private final String channel;
    private final SecretKeySpec key;

    /** A signer for callbacks of {@code channel} keyed by {@code secret}. */
    public CallbackSigner(String channel, String secret) {
        this.channel = Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(secret, "secret");
        // With no '|' in channel names and ids, the signed texts of different callbacks never coincide.
        if (channel.indexOf('|') >= 0) {
            throw new IllegalArgumentException("a channel name for signed callbacks has no '|': " + channel);
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("a callback secret has at least " + MIN_SECRET_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The channel whose callbacks this signer covers. */
    public String channel() {
        return channel;
    }

    /** The token of a delivery report for our message {@code messageId}. */
    public String deliveryReportToken(String messageId) {
        if (messageId.indexOf('|') >= 0) {
            throw new IllegalArgumentException("a message id has no '|'");
        }
        return mac(channel + "|" + CallbackKind.DELIVERY_REPORT.pathSegment() + "|" + messageId);
    }

    /** The token of MO messages, the same for every MO of this channel. */
    public String mobileOriginatedToken() {
        return mac(channel + "|" + CallbackKind.MOBILE_ORIGINATED.pathSegment());
    }

    /** The query of a delivery report URL: our message id and its token. */
    public String deliveryReportQuery(String messageId) {
        return REFERENCE_PARAMETER + "=" + FormCodec.encode(messageId) + "&" + SIGNATURE_PARAMETER + "="
                + deliveryReportToken(messageId);
    }

    /** The query of an MO URL: the channel's MO token. */
    public String mobileOriginatedQuery() {
        return SIGNATURE_PARAMETER + "=" + mobileOriginatedToken();
    }

    /**
     * True when {@code rawQuery} carries a valid token for a callback of {@code kind}: for a delivery
     * report, the token of the message id in {@value #REFERENCE_PARAMETER}. Malformed queries are
     * simply not valid; the comparison takes the same time wherever the tokens differ.
     */
    public boolean verify(CallbackKind kind, String rawQuery) {
        try {
            FormCodec.Parameters parameters = FormCodec.decode(rawQuery);
            Optional<String> given = parameters.optional(SIGNATURE_PARAMETER);
            Optional<String> expected = switch (kind) {
                case DELIVERY_REPORT ->
                    parameters
                            .optional(REFERENCE_PARAMETER)
                            .filter(id -> !id.isEmpty() && id.indexOf('|') < 0)
                            .map(this::deliveryReportToken);
                case MOBILE_ORIGINATED -> Optional.of(mobileOriginatedToken());
            };
            return given.isPresent()
                    && expected.isPresent()
                    && MessageDigest.isEqual(
                            expected.get().getBytes(StandardCharsets.US_ASCII),
                            given.get().getBytes(StandardCharsets.UTF_8));
        } catch (InvalidMessageException e) {
            return false;
        }
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, TOKEN_HEX_LENGTH);
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is in every JDK and any byte key is valid for it.
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "CallbackSigner[channel=" + channel + ", secret=***]";
    }
}
