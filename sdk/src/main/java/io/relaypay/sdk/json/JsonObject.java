package io.relaypay.sdk.json;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A JSON object; its members keep their order, so what is written reads as it was built.
 *
 * @param members by name, in order
 */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

    /** Copies the members, keeping their order. */
    public JsonObject {
        LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>();
        members.forEach((name, value) -> copy.put(requireNonNull(name, "name"), requireNonNull(value, name)));
        members = Collections.unmodifiableMap(copy);
    }

    /**
     * The JSON object in {@code utf8}.
     *
     * @throws JsonException if it is not valid JSON or not an object
     */
    public static JsonObject parse(byte[] utf8) {
        return parse(JsonParser.decode(utf8));
    }

    /**
     * The JSON object in {@code text}.
     *
     * @throws JsonException if it is not valid JSON or not an object
     */
    public static JsonObject parse(String text) {
        if (JsonParser.parse(text) instanceof JsonObject object) {
            return object;
        }
        throw new JsonException("not a JSON object");
    }

    /** A builder for a new object. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the object has a member {@code name}, of any value ({@code null} included). */
    public boolean has(String name) {
        return members.containsKey(name);
    }

    /** The member {@code name}. */
    public Optional<JsonValue> get(String name) {
        return Optional.ofNullable(members.get(name));
    }

    /** The member {@code name} if it is a string. */
    public Optional<String> string(String name) {
        return members.get(name) instanceof JsonString(String value) ? Optional.of(value) : Optional.empty();
    }

    /** The member {@code name} if it is an integer that fits a {@code long} ({@link JsonNumber#longValue()}). */
    public OptionalLong integer(String name) {
        return members.get(name) instanceof JsonNumber number ? number.longValue() : OptionalLong.empty();
    }

    /** The member {@code name} if it is an array. */
    public Optional<JsonArray> array(String name) {
        return members.get(name) instanceof JsonArray array ? Optional.of(array) : Optional.empty();
    }

    /** Builds a {@link JsonObject} member by member; a name put twice keeps the last value. */
    public static final class Builder {

        private final LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();

        private Builder() {}

        /** Adds a string member. */
        public Builder put(String name, String value) {
            return put(name, new JsonString(value));
        }

        /** Adds an integer member. */
        public Builder put(String name, long value) {
            return put(name, JsonNumber.of(value));
        }

        /** Adds a boolean member. */
        public Builder put(String name, boolean value) {
            return put(name, new JsonBoolean(value));
        }

        /** Adds a member. */
        public Builder put(String name, JsonValue value) {
            members.put(requireNonNull(name, "name"), requireNonNull(value, name));
            return this;
        }

        /** The object. */
        public JsonObject build() {
            return new JsonObject(members);
        }

        /** The object as compact JSON in UTF-8. */
        public byte[] toJsonBytes() {
            return JsonWriter.write(build()).getBytes(StandardCharsets.UTF_8);
        }
    }
}
