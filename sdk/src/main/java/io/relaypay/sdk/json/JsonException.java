package io.relaypay.sdk.json;

/** Text that is not the JSON expected: malformed, too deep, or of another shape. */
public final class JsonException extends RuntimeException {

    JsonException(String message) {
        super(message);
    }
}
