package io.relaypay.sdk.json;

import static java.util.Objects.requireNonNull;

/** A JSON string. */
public record JsonString(String value) implements JsonValue {

    /** Refuses null: a missing value is {@link JsonNull} or no member at all. */
    public JsonString {
        requireNonNull(value, "value");
    }
}
