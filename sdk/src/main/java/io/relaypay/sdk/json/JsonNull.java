package io.relaypay.sdk.json;

/** {@code null}. */
public enum JsonNull implements JsonValue {
    /** The one null. */
    INSTANCE
}
