package io.relaypay.sdk;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * Typed reads of one JSON object's fields. A required field that is absent or of the wrong type is an
 * {@link UnreadableJsonException} naming it; an optional field that is absent or {@code null} is empty.
 */
record JsonFields(JsonNode node, String what) {

    static JsonFields of(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new UnreadableJsonException(what + " is not a JSON object");
        }
        return new JsonFields(node, what);
    }

    String text(String field) {
        return optionalText(field).orElseThrow(() -> missing(field, "a string"));
    }

    Optional<String> optionalText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw missing(field, "a string");
        }
        return Optional.of(value.stringValue());
    }

    long integer(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw missing(field, "an integer");
        }
        return value.longValue();
    }

    OptionalLong optionalInteger(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? OptionalLong.empty() : OptionalLong.of(integer(field));
    }

    long integerOr(String field, long fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : integer(field);
    }

    boolean bool(String field, boolean fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw missing(field, "a boolean");
        }
        return value.booleanValue();
    }

    Instant seconds(String field) {
        return Instant.ofEpochSecond(integer(field));
    }

    Optional<Instant> optionalSeconds(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(seconds(field));
    }

    Optional<URI> optionalUri(String field) {
        Optional<String> text = optionalText(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(text.get()));
        } catch (URISyntaxException e) {
            throw new UnreadableJsonException(what + "." + field + " is not a URL", e);
        }
    }

    JsonNode array(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw missing(field, "an array");
        }
        return value;
    }

    JsonFields object(String field) {
        return of(node.get(field), what + "." + field);
    }

    Optional<JsonFields> optionalObject(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(object(field));
    }

    private UnreadableJsonException missing(String field, String expected) {
        return new UnreadableJsonException(what + "." + field + " is missing or not " + expected);
    }
}
