package io.relaypay.sdk;

/**
 * 409: the request conflicts with the object's state ({@link ProblemTypes#INVALID_STATE},
 * {@link ProblemTypes#REFUND_EXCEEDS_PAYMENT}) or with an earlier request under the same idempotency
 * key ({@link ProblemTypes#IDEMPOTENCY_KEY_REUSED}, {@link ProblemTypes#IDEMPOTENCY_KEY_IN_USE}).
 */
public final class ConflictException extends ProblemException {

    ConflictException(Problem problem) {
        super(problem);
    }

    /** Whether the idempotency key was already used for another request or is still in use. */
    public boolean isIdempotencyConflict() {
        return type().equals(ProblemTypes.IDEMPOTENCY_KEY_REUSED) || type().equals(ProblemTypes.IDEMPOTENCY_KEY_IN_USE);
    }
}
