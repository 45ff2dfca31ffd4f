package io.relaypay.sdk.jose;

import java.security.PublicKey;
import java.util.Optional;

/** Finds the public key a JWS header's {@code kid} names; empty when the kid is unknown (or revoked). */
@FunctionalInterface
public interface KeyResolver {

    /** The key named {@code kid}, if the caller trusts one by that id. */
    Optional<PublicKey> resolve(String kid);
}
