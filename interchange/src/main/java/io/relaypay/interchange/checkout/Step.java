package io.relaypay.interchange.checkout;

import io.relaypay.interchange.payments.Payment;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one buyer step: the payment as it now stands and what to tell the buyer.
 *
 * @param payment the payment after the step
 * @param notice what the page says about the step, if anything
 */
public record Step(Payment payment, Optional<Notice> notice) {

    /** Requires both parts. */
    public Step {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(notice, "notice");
    }

    /** A step with nothing to say. */
    public static Step of(Payment payment) {
        return new Step(payment, Optional.empty());
    }

    /** A step with {@code notice}. */
    public static Step of(Payment payment, Notice notice) {
        return new Step(payment, Optional.of(notice));
    }
}
