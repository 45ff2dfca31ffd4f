package io.relaypay.messaging.http;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Parsers for the setting values the HTTP channels share. */
final class HttpConfigValues {
    private HttpConfigValues() {}

    /**
     * Checks a callback secret. Not a {@code ConfigKey} parser, because settings errors quote the
     * bad value and a secret must never reach a log.
     */
    static void requireSecret(String secret) {
        Objects.requireNonNull(secret, "callbackSecret");
        if (secret.length() < CallbackSigner.MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException(
                    "callback-secret must have at least " + CallbackSigner.MIN_SECRET_LENGTH + " characters");
        }
    }

    static URI httpUri(String text) {
        URI uri = URI.create(text.trim());
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("expected an http:// or https:// URL with a host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("a base URL has no query or fragment");
        }
        return uri;
    }

    static Optional<URI> optionalHttpUri(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(httpUri(text));
    }

    static int positive(String text) {
        int value = Integer.parseInt(text.trim());
        if (value < 1) {
            throw new IllegalArgumentException("must be at least 1");
        }
        return value;
    }

    static int dlrMask(String text) {
        int value = Integer.parseInt(text.trim());
        if (value < 0 || value > 31) {
            throw new IllegalArgumentException("a Kannel dlr-mask is 0 to 31");
        }
        return value;
    }

    static String method(String text) {
        String method = text.trim().toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new IllegalArgumentException("expected GET or POST");
        }
        return method;
    }
}
