package io.relaypay.agent.interchange;

import java.util.Optional;

/** The interchange refused a request with a problem+json answer, or could not be read at all. */
public final class InterchangeProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final Optional<String> detail;

    InterchangeProblem(int status, String type, String title, Optional<String> detail) {
        super(status + " " + type + detail.map(d -> ": " + d).orElse(""), null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
    }

    /** The HTTP status the interchange answered (502 when it could not be reached). */
    public int status() {
        return status;
    }

    /** The problem type URI. */
    public String type() {
        return type;
    }

    /** The problem's title. */
    public String title() {
        return title;
    }

    /** The detail, if any. */
    public Optional<String> detail() {
        return detail;
    }

    /** Whether the problem's type ends with {@code slug}. */
    public boolean is(String slug) {
        return type.endsWith("/" + slug);
    }
}
