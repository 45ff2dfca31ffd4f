package io.relaypay.agent.http;

import io.relaypay.sdk.json.JsonException;
import io.relaypay.sdk.json.JsonObject;

/** Request bodies as JSON objects (the SDK's small codec), with refusals the caller sees. */
public final class Json {

    private Json() {}

    /** {@code body} as a JSON object, or a refusal saying why it is not one. */
    public static JsonObject parseObject(byte[] body) {
        try {
            return JsonObject.parse(body);
        } catch (JsonException e) {
            throw Refusal.of(AgentProblem.INVALID_REQUEST, "the body must be a JSON object: " + e.getMessage());
        }
    }

    /** The text field {@code name} of {@code node}, or a refusal naming it. */
    public static String requiredText(JsonObject node, String name) {
        return node.string(name)
                .filter(text -> !text.isBlank())
                .orElseThrow(() -> Refusal.of(AgentProblem.INVALID_REQUEST, name + " is required"));
    }
}
