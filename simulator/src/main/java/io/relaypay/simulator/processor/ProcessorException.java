package io.relaypay.simulator.processor;

/** A request the processor refuses; nothing changed. */
public final class ProcessorException extends RuntimeException {

    private final int status;
    private final String code;

    /**
     * A refusal.
     *
     * @param status the HTTP status the API answers with
     * @param code the stable error code, e.g. {@code refund-exceeds-captured}
     * @param message for people
     */
    public ProcessorException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** The HTTP status the API answers with. */
    public int status() {
        return status;
    }

    /** The stable error code. */
    public String code() {
        return code;
    }

    static ProcessorException notFound(String what, String id) {
        return new ProcessorException(404, "no-such-" + what, "no " + what + " " + id);
    }

    static ProcessorException invalid(String message) {
        return new ProcessorException(400, "invalid-request", message);
    }

    static ProcessorException state(String message) {
        return new ProcessorException(409, "invalid-state", message);
    }
}
