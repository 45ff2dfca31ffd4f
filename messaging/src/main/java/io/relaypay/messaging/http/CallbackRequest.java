package io.relaypay.messaging.http;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP callback as a parser sees it, independent of the server that received it (the
 * {@link CallbackServer} here, a Spring controller in the interchange).
 *
 * @param kind what the callback reports
 * @param method the HTTP method, upper case
 * @param rawQuery the query string still URL-encoded, empty when there is none
 * @param contentType the media type of the body without parameters, lower case, if given
 * @param body the request body, at most the server's size limit
 */
public record CallbackRequest(
        CallbackKind kind, String method, String rawQuery, Optional<String> contentType, byte[] body) {

    /** Requires every field; normalises the method and content type. */
    public CallbackRequest {
        Objects.requireNonNull(kind, "kind");
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(rawQuery, "rawQuery");
        contentType = Objects.requireNonNull(contentType, "contentType")
                .map(type -> type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT));
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** A GET with only a query string, as Kannel sends its {@code dlr-url} and {@code get-url} callbacks. */
    public static CallbackRequest get(CallbackKind kind, String rawQuery) {
        return new CallbackRequest(kind, "GET", rawQuery, Optional.empty(), new byte[0]);
    }

    /** A POST with a body of the given media type. */
    public static CallbackRequest post(CallbackKind kind, String contentType, byte[] body) {
        return new CallbackRequest(kind, "POST", "", Optional.of(contentType), body);
    }

    /** The body (a copy; records expose their arrays otherwise). */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** True when the body is form-encoded parameters. */
    public boolean hasFormBody() {
        return contentType.filter("application/x-www-form-urlencoded"::equals).isPresent();
    }
}
