package io.relaypay.agent.payment;

import io.relaypay.agent.http.Json;
import io.relaypay.agent.interchange.ServerKey;
import io.relaypay.sdk.jose.SealedBox;
import tools.jackson.databind.JsonNode;

/**
 * The SDK's {@link SealedBox}: ephemeral P-256 ECDH, HKDF-SHA256 ({@code relaypay-pin-v1}),
 * AES-256-GCM. It zeroes its own UTF-8 copy of the PIN; the caller zeroes the {@code char[]}.
 */
public final class SealedBoxPinSealer implements PinSealer {

    @Override
    public JsonNode seal(char[] pin, ServerKey key) {
        return Json.MAPPER.readTree(SealedBox.seal(pin, key.publicKey()));
    }
}
