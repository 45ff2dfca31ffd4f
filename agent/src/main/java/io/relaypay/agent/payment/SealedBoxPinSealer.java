package io.relaypay.agent.payment;

import io.relaypay.agent.interchange.ServerKey;
import io.relaypay.sdk.jose.SealedBox;
import io.relaypay.sdk.json.JsonObject;

/**
 * The SDK's {@link SealedBox}: ephemeral P-256 ECDH, HKDF-SHA256 ({@code relaypay-pin-v1}),
 * AES-256-GCM. It zeroes its own UTF-8 copy of the PIN; the caller zeroes the {@code char[]}.
 */
public final class SealedBoxPinSealer implements PinSealer {

    @Override
    public JsonObject seal(char[] pin, ServerKey key) {
        return JsonObject.parse(SealedBox.seal(pin, key.publicKey()));
    }
}
