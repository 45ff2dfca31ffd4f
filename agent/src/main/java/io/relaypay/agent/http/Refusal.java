package io.relaypay.agent.http;

import java.util.Optional;

/**
 * A request the agent will not serve, answered as {@code application/problem+json}. A refusal may
 * carry a problem relayed from the interchange (its own type, status and detail) instead.
 */
public final class Refusal extends RuntimeException {

    private final String type;
    private final int status;
    private final String title;
    private final Optional<String> detail;

    private Refusal(String type, int status, String title, Optional<String> detail) {
        super(type + (detail.isPresent() ? ": " + detail.get() : ""), null, false, false);
        this.type = type;
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    /** A refusal of {@code problem} with no detail. */
    public static Refusal of(AgentProblem problem) {
        return new Refusal(problem.type(), problem.status(), problem.title(), Optional.empty());
    }

    /** A refusal of {@code problem} with a detail the caller may read. */
    public static Refusal of(AgentProblem problem, String detail) {
        return new Refusal(problem.type(), problem.status(), problem.title(), Optional.of(detail));
    }

    /** The interchange's own problem, passed on to the caller. */
    public static Refusal relayed(String type, int status, String title, Optional<String> detail) {
        return new Refusal(type, status, title, detail);
    }

    /** The problem type URI. */
    public String type() {
        return type;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The short title. */
    public String title() {
        return title;
    }

    /** The detail, when the caller may know it. */
    public Optional<String> detail() {
        return detail;
    }
}
