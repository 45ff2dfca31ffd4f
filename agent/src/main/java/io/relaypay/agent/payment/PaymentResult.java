package io.relaypay.agent.payment;

import io.relaypay.sdk.json.JsonNull;
import io.relaypay.sdk.json.JsonObject;
import io.relaypay.sdk.json.JsonString;
import io.relaypay.sdk.json.JsonValue;
import java.util.Optional;

/**
 * What the caller gets back.
 *
 * @param status {@code succeeded}, {@code failed} or {@code canceled}
 * @param payment the interchange's payment id, absent when canceled before it was sent
 * @param receipt the interchange-signed receipt, absent when canceled
 */
public record PaymentResult(String status, Optional<String> payment, Optional<String> receipt) {

    /** The user canceled, or nobody answered the prompt in time. */
    public static PaymentResult canceled() {
        return new PaymentResult("canceled", Optional.empty(), Optional.empty());
    }

    /** The answer's JSON. */
    public JsonObject json() {
        return JsonObject.builder()
                .put("status", status)
                .put("payment", orNull(payment))
                .put("receipt", orNull(receipt))
                .build();
    }

    private static JsonValue orNull(Optional<String> text) {
        return text.<JsonValue>map(JsonString::new).orElse(JsonNull.INSTANCE);
    }
}
