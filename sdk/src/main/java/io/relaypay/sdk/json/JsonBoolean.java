package io.relaypay.sdk.json;

/** {@code true} or {@code false}. */
public record JsonBoolean(boolean value) implements JsonValue {}
