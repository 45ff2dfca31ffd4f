package io.relaypay.sdk;

import java.net.URI;
import java.util.regex.Pattern;

/** Checks on values the caller passes, made before anything is sent. */
final class Validation {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    // Ids go into URL paths: only the characters Relaypay ids are made of, so none can change the path.
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,255}");
    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7E]{1,255}");

    private Validation() {}

    static String currency(String currency) {
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an upper-case ISO-4217 code, got '" + currency + "'");
        }
        return currency;
    }

    static String id(String id, String name) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(name + " must be 1-255 letters, digits, '_' or '-', got '" + id + "'");
        }
        return id;
    }

    static String idempotencyKey(String key) {
        if (key == null || !PRINTABLE_ASCII.matcher(key).matches()) {
            throw new IllegalArgumentException("an idempotency key is 1-255 printable ASCII characters");
        }
        return key;
    }

    static long positive(long amount, String name) {
        if (amount <= 0) {
            throw new IllegalArgumentException(name + " must be positive minor units, got " + amount);
        }
        return amount;
    }

    static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static URI absoluteHttp(URI uri, String name) {
        if (uri == null
                || !uri.isAbsolute()
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException(name + " must be an absolute http(s) URL, got " + uri);
        }
        return uri;
    }
}
