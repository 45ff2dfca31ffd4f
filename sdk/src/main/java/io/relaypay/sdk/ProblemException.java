package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The server answered with an error, described by its {@link Problem}. The kind of exception follows
 * the problem's status and type; {@link ApiException} takes whatever no other kind describes.
 */
public abstract sealed class ProblemException extends RelaypayException
        permits AuthenticationException,
                InvalidRequestException,
                NotFoundException,
                ConflictException,
                RateLimitException,
                ApiException {

    private final Problem problem;

    ProblemException(Problem problem) {
        super(message(requireNonNull(problem, "problem")), null);
        this.problem = problem;
    }

    private static String message(Problem problem) {
        String param = problem.param().map(p -> " (param " + p + ")").orElse("");
        return problem.status() + " " + problem.type() + ": " + problem.detail() + param;
    }

    /** The whole problem as the server sent it. */
    public Problem problem() {
        return problem;
    }

    /** The problem's stable type URI; see {@link ProblemTypes}. */
    public String type() {
        return problem.type();
    }

    /** The HTTP status. */
    public int status() {
        return problem.status();
    }

    /** The server's explanation. */
    public String detail() {
        return problem.detail();
    }

    /** The request field at fault, when there is one. */
    public Optional<String> param() {
        return problem.param();
    }
}
