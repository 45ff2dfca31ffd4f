package io.relaypay.agent.interchange;

import java.util.Optional;

/** The interchange refused a request with a problem+json answer, or could not be read at all. */
public final class InterchangeProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final Optional<String> detail;
    private final Optional<String> payment;
    private final Optional<String> receipt;

    InterchangeProblem(int status, String type, String title, Optional<String> detail) {
        this(status, type, title, detail, Optional.empty(), Optional.empty());
    }

    InterchangeProblem(
            int status,
            String type,
            String title,
            Optional<String> detail,
            Optional<String> payment,
            Optional<String> receipt) {
        super(status + " " + type + detail.map(d -> ": " + d).orElse(""), null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.payment = payment;
        this.receipt = receipt;
    }

    /** The payment a failed-payment problem (402) names. */
    public Optional<String> payment() {
        return payment;
    }

    /** The signed failed receipt a failed-payment problem (402) carries. */
    public Optional<String> receipt() {
        return receipt;
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
