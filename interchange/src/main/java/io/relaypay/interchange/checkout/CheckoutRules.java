package io.relaypay.interchange.checkout;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of confirming a payment.
 *
 * @param codeTtl how long the codes of one message stay valid (never past the payment's deadline)
 * @param attempts wrong codes and PINs before the payment fails with {@code confirmation_failed}
 * @param sends confirmation messages per payment, the first included
 */
public record CheckoutRules(Duration codeTtl, int attempts, int sends) {

    /** Requires sane limits. */
    public CheckoutRules {
        Objects.requireNonNull(codeTtl, "codeTtl");
        if (codeTtl.isNegative() || codeTtl.isZero()) {
            throw new IllegalArgumentException("the code TTL must be positive");
        }
        if (attempts < 1 || sends < 1) {
            throw new IllegalArgumentException("attempts and sends must be at least 1");
        }
    }
}
