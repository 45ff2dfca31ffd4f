package io.relaypay.sdk.json;

import java.util.List;

/** A JSON array. */
public record JsonArray(List<JsonValue> values) implements JsonValue {

    /** Copies the values. */
    public JsonArray {
        values = List.copyOf(values);
    }

    /** The array of these values. */
    public static JsonArray of(JsonValue... values) {
        return new JsonArray(List.of(values));
    }
}
