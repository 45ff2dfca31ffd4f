package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

/**
 * An event's object of a kind this SDK does not know, kept as its raw JSON so a newer server does not
 * break an older SDK.
 *
 * @param id the object's {@code id}, empty text if it had none
 * @param object the object's {@code object} field, empty text if it had none
 * @param json the object as JSON text
 */
public record UnknownObject(String id, String object, String json) implements EventObject {

    /** Checks that every component is present. */
    public UnknownObject {
        requireNonNull(id, "id");
        requireNonNull(object, "object");
        requireNonNull(json, "json");
    }
}
