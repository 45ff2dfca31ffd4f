package io.relaypay.agent.interchange;

import java.security.PublicKey;

/**
 * The interchange's PIN-encryption key: the agent seals each PIN to it.
 *
 * @param kid its id
 * @param publicKey a P-256 public key
 */
public record ServerKey(String kid, PublicKey publicKey) {}
