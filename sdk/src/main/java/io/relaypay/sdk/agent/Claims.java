package io.relaypay.sdk.agent;

import io.relaypay.sdk.agent.AgentTokenException.Reason;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads snake_case claims strictly: a missing or mistyped claim is {@link Reason#CLAIMS_INVALID}. */
final class Claims {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode node;

    private Claims(JsonNode node) {
        this.node = node;
    }

    static Claims of(byte[] json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw new AgentTokenException(Reason.CLAIMS_INVALID, "claims are not a JSON object");
            }
            return new Claims(node);
        } catch (JacksonException e) {
            throw new AgentTokenException(Reason.CLAIMS_INVALID, "claims are not JSON", e);
        }
    }

    String text(String name) {
        return optionalText(name)
                .orElseThrow(() -> new AgentTokenException(Reason.CLAIMS_INVALID, "claim " + name + " is missing"));
    }

    Optional<String> optionalText(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString() || value.asString().isEmpty()) {
            throw new AgentTokenException(Reason.CLAIMS_INVALID, "claim " + name + " must be a non-empty string");
        }
        return Optional.of(value.asString());
    }

    long integer(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new AgentTokenException(Reason.CLAIMS_INVALID, "claim " + name + " must be an integer");
        }
        return value.asLong();
    }

    Instant seconds(String name) {
        return Instant.ofEpochSecond(integer(name));
    }
}
