package io.relaypay.agent.http;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The agent's one JSON mapper, for request bodies and answers. */
public final class Json {

    /** Shared, thread-safe. */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    /** A new empty object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** {@code body} as a JSON object, or a refusal saying it is not one. */
    public static JsonNode parseObject(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw Refusal.of(AgentProblem.INVALID_REQUEST, "the body must be a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw Refusal.of(AgentProblem.INVALID_REQUEST, "the body is not valid JSON");
        }
    }

    /** The text field {@code name} of {@code node}, or a refusal naming it. */
    public static String requiredText(JsonNode node, String name) {
        JsonNode field = node.get(name);
        if (field == null || !field.isString() || field.asString().isBlank()) {
            throw Refusal.of(AgentProblem.INVALID_REQUEST, name + " is required");
        }
        return field.asString();
    }
}
