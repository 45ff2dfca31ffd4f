package io.relaypay.simulator.billing;

import java.util.Objects;

/** A refused operator billing request; nothing was changed. */
public final class BillingException extends RuntimeException {

    private final BillingError error;

    /** A refusal for {@code error}, with a message for people. */
    public BillingException(BillingError error, String message) {
        super(message);
        this.error = Objects.requireNonNull(error, "error");
    }

    /** Why it was refused. */
    public BillingError error() {
        return error;
    }
}
