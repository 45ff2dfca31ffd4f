package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An {@code application/problem+json} answer (RFC 9457) as the merchant API sends it. When the server
 * (or a proxy in front of it) answers an error without a problem body, the SDK fills one in with type
 * {@code about:blank} and the HTTP status.
 *
 * @param type stable URI naming the kind of problem; see {@link ProblemTypes}
 * @param title short human summary of the type
 * @param status the HTTP status
 * @param detail human explanation of this occurrence
 * @param code a finer machine-readable code, when the server gives one
 * @param param the request field at fault, when there is one
 */
public record Problem(
        String type, String title, int status, String detail, Optional<String> code, Optional<String> param) {

    /** Checks that every component is present. */
    public Problem {
        requireNonNull(type, "type");
        requireNonNull(title, "title");
        requireNonNull(detail, "detail");
        requireNonNull(code, "code");
        requireNonNull(param, "param");
    }
}
