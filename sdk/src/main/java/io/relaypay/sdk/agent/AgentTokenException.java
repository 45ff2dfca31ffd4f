package io.relaypay.sdk.agent;

import static java.util.Objects.requireNonNull;

/**
 * A payment token or receipt that must not be acted on. {@link #reason()} says why; a signature or
 * key problem carries the {@link io.relaypay.sdk.jose.JoseException} as its cause.
 */
public final class AgentTokenException extends RuntimeException {

    /** Why the token or receipt was refused. */
    public enum Reason {
        /** The JWS is malformed, of the wrong type, signed by an unknown key or does not verify. */
        SIGNATURE_INVALID,
        /** Correctly signed, but a claim is missing, mistyped or out of range. */
        CLAIMS_INVALID,
        /** The token's {@code exp} has passed (or its {@code iat} is in the future). */
        EXPIRED,
        /** The receipt's {@code nonce} is not the one of the token the merchant issued. */
        NONCE_MISMATCH,
        /** The receipt is for another merchant. */
        MERCHANT_MISMATCH
    }

    private final Reason reason;

    AgentTokenException(Reason reason, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason");
    }

    AgentTokenException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = requireNonNull(reason, "reason");
    }

    /** Why it was refused. */
    public Reason reason() {
        return reason;
    }
}
