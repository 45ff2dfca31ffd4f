package io.relaypay.simulator.processor;

/**
 * A 3-D Secure-like step: the issuer shows the buyer a code (on {@code /processor/challenges/{id}})
 * and the buyer types it back before the payment is authorized.
 *
 * @param id {@code ch_...}
 * @param paymentId the card payment waiting for it
 * @param code the six digits shown to the buyer
 * @param attemptsLeft wrong codes still allowed before the payment is declined
 */
public record Challenge(String id, String paymentId, String code, int attemptsLeft) {

    /** Wrong codes allowed. */
    static final int ATTEMPTS = 3;

    Challenge missed() {
        return new Challenge(id, paymentId, code, attemptsLeft - 1);
    }
}
