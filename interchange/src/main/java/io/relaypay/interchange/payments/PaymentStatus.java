package io.relaypay.interchange.payments;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a payment stands. Every waiting state has a deadline (the payment's {@code expiresAt}) and
 * the janitor settles payments left in one past it; the terminal states never change again.
 */
public enum PaymentStatus {
    /** Created; the buyer has not given a phone number yet. */
    REQUIRES_PHONE_NUMBER,
    /** Approved for a phone number; waiting for the buyer to confirm (code, reply or PIN). */
    REQUIRES_CONFIRMATION,
    /** Confirmed; funds are being moved. */
    PROCESSING,
    /** Paid: the merchant's balance holds the amount less fees. */
    SUCCEEDED,
    /** Declined, not confirmed, or the funds could not be moved. */
    FAILED,
    /** Canceled by the merchant or the buyer before processing. */
    CANCELED,
    /** The buyer did not finish before the deadline. */
    EXPIRED;

    /** The states this one may move to. */
    public Set<PaymentStatus> successors() {
        return switch (this) {
            case REQUIRES_PHONE_NUMBER -> EnumSet.of(REQUIRES_CONFIRMATION, FAILED, CANCELED, EXPIRED);
            case REQUIRES_CONFIRMATION -> EnumSet.of(REQUIRES_PHONE_NUMBER, PROCESSING, FAILED, CANCELED, EXPIRED);
            case PROCESSING -> EnumSet.of(SUCCEEDED, FAILED);
            case SUCCEEDED, FAILED, CANCELED, EXPIRED -> EnumSet.noneOf(PaymentStatus.class);
        };
    }

    /** Whether a move to {@code next} is allowed. */
    public boolean canMoveTo(PaymentStatus next) {
        return successors().contains(next);
    }

    /** Whether the payment is finished. */
    public boolean terminal() {
        return successors().isEmpty();
    }

    /** Whether the buyer can still act on it (and the deadline applies). */
    public boolean waitingForBuyer() {
        return this == REQUIRES_PHONE_NUMBER || this == REQUIRES_CONFIRMATION;
    }

    /** The wire value, e.g. {@code requires_phone_number}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
