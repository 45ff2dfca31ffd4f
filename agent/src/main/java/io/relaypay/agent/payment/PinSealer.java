package io.relaypay.agent.payment;

import io.relaypay.agent.interchange.ServerKey;
import tools.jackson.databind.JsonNode;

/** Seals a PIN to the interchange's key (the SDK's {@code SealedBox}); the caller zeroes the PIN. */
@FunctionalInterface
public interface PinSealer {

    /** The sealed-box JSON {@code {epk, iv, ct}} of {@code pin} for {@code key}. */
    JsonNode seal(char[] pin, ServerKey key);
}
