package io.relaypay.sdk.json;

import java.nio.charset.StandardCharsets;

/** A JSON value, as read by {@link JsonParser} and written by {@link #toJson()}. */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /** This value as compact JSON text. */
    default String toJson() {
        return JsonWriter.write(this);
    }

    /** This value as compact JSON in UTF-8. */
    default byte[] toJsonBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }
}
