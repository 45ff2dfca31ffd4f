package io.relaypay.agent.payment;

import io.relaypay.agent.interchange.ServerKey;
import io.relaypay.sdk.json.JsonObject;

/** Seals a PIN to the interchange's key (the SDK's {@code SealedBox}); the caller zeroes the PIN. */
@FunctionalInterface
public interface PinSealer {

    /** The sealed-box JSON {@code {epk, iv, ct}} of {@code pin} for {@code key}. */
    JsonObject seal(char[] pin, ServerKey key);
}
