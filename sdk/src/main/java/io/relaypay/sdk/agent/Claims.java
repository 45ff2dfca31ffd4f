package io.relaypay.sdk.agent;

import io.relaypay.sdk.agent.AgentTokenException.Reason;
import io.relaypay.sdk.json.JsonException;
import io.relaypay.sdk.json.JsonNull;
import io.relaypay.sdk.json.JsonObject;
import io.relaypay.sdk.json.JsonString;
import io.relaypay.sdk.json.JsonValue;
import java.time.Instant;
import java.util.Optional;

/** Reads snake_case claims strictly: a missing or mistyped claim is {@link Reason#CLAIMS_INVALID}. */
final class Claims {

    private final JsonObject node;

    private Claims(JsonObject node) {
        this.node = node;
    }

    static Claims of(byte[] json) {
        try {
            return new Claims(JsonObject.parse(json));
        } catch (JsonException e) {
            throw new AgentTokenException(Reason.CLAIMS_INVALID, "claims are not a JSON object: " + e.getMessage(), e);
        }
    }

    String text(String name) {
        return optionalText(name)
                .orElseThrow(() -> new AgentTokenException(Reason.CLAIMS_INVALID, "claim " + name + " is missing"));
    }

    Optional<String> optionalText(String name) {
        JsonValue value = node.get(name).orElse(JsonNull.INSTANCE);
        if (value == JsonNull.INSTANCE) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString(String text)) || text.isEmpty()) {
            throw new AgentTokenException(Reason.CLAIMS_INVALID, "claim " + name + " must be a non-empty string");
        }
        return Optional.of(text);
    }

    long integer(String name) {
        return node.integer(name)
                .orElseThrow(
                        () -> new AgentTokenException(Reason.CLAIMS_INVALID, "claim " + name + " must be an integer"));
    }

    Instant seconds(String name) {
        return Instant.ofEpochSecond(integer(name));
    }
}
