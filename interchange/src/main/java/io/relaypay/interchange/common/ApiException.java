package io.relaypay.interchange.common;

import java.util.Objects;
import java.util.Optional;

/**
 * A request the API refuses, with the problem type merchants can rely on. Thrown by services and
 * turned into {@code application/problem+json} at the edge.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final ProblemType type;
    private final String param;

    /** A refusal of {@code type}, with a message a developer can act on. */
    public ApiException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    /** A refusal of {@code type} caused by the named request parameter. */
    public ApiException(ProblemType type, String detail, String param) {
        super(detail);
        this.type = Objects.requireNonNull(type, "type");
        this.param = param;
    }

    /** Shorthand for a bad field. */
    public static ApiException invalid(String param, String detail) {
        return new ApiException(ProblemType.INVALID_REQUEST, detail, param);
    }

    /** Shorthand for an unknown object. */
    public static ApiException notFound(String what, String id) {
        return new ApiException(ProblemType.NOT_FOUND, "no " + what + " " + id);
    }

    /** The problem type. */
    public ProblemType type() {
        return type;
    }

    /** The request parameter at fault, if one is. */
    public Optional<String> param() {
        return Optional.ofNullable(param);
    }
}
