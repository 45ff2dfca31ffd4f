package io.relaypay.sdk.jose;

import static java.util.Objects.requireNonNull;

/**
 * The protected header of a Relaypay JWS: always {@code alg ES256}, a {@code typ} saying what the claims
 * are, and the {@code kid} of the signing key.
 */
public record JwsHeader(String alg, String typ, String kid) {

    /** Validates that every field is present. */
    public JwsHeader {
        requireNonNull(alg, "alg");
        requireNonNull(typ, "typ");
        requireNonNull(kid, "kid");
    }
}
