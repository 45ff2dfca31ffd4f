package io.relaypay.sdk.jose;

import static java.util.Objects.requireNonNull;

/**
 * A JWS, key or sealed box that must not be trusted: malformed, signed with a refused algorithm or an
 * unknown key, of the wrong type, or not matching its signature or authentication tag.
 */
public final class JoseException extends RuntimeException {

    /** Why the input was refused. */
    public enum Reason {
        /** Not three base64url parts, not JSON where JSON is expected, or a field missing or mistyped. */
        MALFORMED,
        /** The header names an algorithm other than {@code ES256} (including {@code none} and HMAC). */
        ALGORITHM_REFUSED,
        /** The header's {@code typ} is not the one the caller expects. */
        TYPE_MISMATCH,
        /** The header's {@code kid} names no key the caller knows. */
        UNKNOWN_KEY,
        /** The signature does not verify under the key: forged, tampered or signed by another key. */
        SIGNATURE_MISMATCH,
        /** A key that is not an EC P-256 key, or bytes that do not decode into one. */
        INVALID_KEY,
        /** A sealed box that does not open under this private key (tampered, or sealed to another key). */
        DECRYPTION_FAILED
    }

    private final Reason reason;

    JoseException(Reason reason, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason");
    }

    JoseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = requireNonNull(reason, "reason");
    }

    /** Why the input was refused. */
    public Reason reason() {
        return reason;
    }
}
