package io.relaypay.sdk.jose;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;

/**
 * A JWS's header and claims. Returned by {@link Jws#verify} only after the signature checked out, and by
 * {@link Jws#readUnverified} for routing decisions (which key to fetch) that must be followed by a verify.
 */
public record VerifiedJws(JwsHeader header, byte[] claims) {

    /** Validates that both parts are present. */
    public VerifiedJws {
        requireNonNull(header, "header");
        claims = requireNonNull(claims, "claims").clone();
    }

    /** A copy of the claims' UTF-8 JSON bytes. */
    @Override
    public byte[] claims() {
        return claims.clone();
    }

    /** The claims as a JSON string. */
    public String claimsJson() {
        return new String(claims, StandardCharsets.UTF_8);
    }
}
