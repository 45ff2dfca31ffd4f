package io.relaypay.interchange.web;

import io.relaypay.interchange.common.ApiException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON request body field by field, strictly: a wrong type, a fractional amount or an
 * unknown field is refused with the field named, instead of being coerced the way a lenient
 * binder would ({@code 4.99} must never become {@code 4}).
 */
public final class JsonFields {

    private final JsonNode body;

    private JsonFields(JsonNode body) {
        this.body = body;
    }

    /** Fields of {@code body}, which must be a JSON object holding only {@code allowed} fields. */
    public static JsonFields of(JsonNode body, Set<String> allowed) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            return new JsonFields(tools.jackson.databind.node.JsonNodeFactory.instance.objectNode());
        }
        if (!body.isObject()) {
            throw ApiException.invalid(null, "the body must be a JSON object");
        }
        for (String name : body.propertyNames()) {
            if (!allowed.contains(name)) {
                throw ApiException.invalid(name, "unknown field " + name);
            }
        }
        return new JsonFields(body);
    }

    /** A required integer field. */
    public long requiredLong(String name) {
        return optionalLong(name).orElseThrow(() -> ApiException.invalid(name, name + " is required"));
    }

    /** An optional integer field. */
    public Optional<Long> optionalLong(String name) {
        JsonNode node = present(name);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw ApiException.invalid(name, name + " must be an integer (minor units)");
        }
        return Optional.of(node.longValue());
    }

    /** A required string field. */
    public String requiredString(String name) {
        return optionalString(name).orElseThrow(() -> ApiException.invalid(name, name + " is required"));
    }

    /** An optional string field. */
    public Optional<String> optionalString(String name) {
        JsonNode node = present(name);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isString()) {
            throw ApiException.invalid(name, name + " must be a string");
        }
        return Optional.of(node.stringValue());
    }

    /** An optional absolute URL field. */
    public Optional<URI> optionalUrl(String name) {
        return optionalString(name).map(text -> {
            try {
                return new URI(text);
            } catch (URISyntaxException e) {
                throw ApiException.invalid(name, name + " is not a valid URL");
            }
        });
    }

    /** An optional boolean field. */
    public Optional<Boolean> optionalBoolean(String name) {
        JsonNode node = present(name);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            throw ApiException.invalid(name, name + " must be true or false");
        }
        return Optional.of(node.booleanValue());
    }

    /** An optional array of strings. */
    public Optional<java.util.List<String>> optionalStrings(String name) {
        JsonNode node = present(name);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isArray()) {
            throw ApiException.invalid(name, name + " must be an array of strings");
        }
        java.util.List<String> values = new java.util.ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isString()) {
                throw ApiException.invalid(name, name + " must be an array of strings");
            }
            values.add(item.stringValue());
        }
        return Optional.of(values);
    }

    private JsonNode present(String name) {
        JsonNode node = body.get(name);
        return node == null || node.isNull() ? null : node;
    }
}
