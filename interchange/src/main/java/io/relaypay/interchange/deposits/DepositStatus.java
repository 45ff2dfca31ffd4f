package io.relaypay.interchange.deposits;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a deposit is. Waiting states ({@link #REQUIRES_CONFIRMATION}, {@link #IN_PROGRESS}) have a
 * deadline or a janitor; the rest are final.
 */
public enum DepositStatus {
    /** Planned; the user has not confirmed it yet. Expires with its codes. */
    REQUIRES_CONFIRMATION,
    /** Confirmed; premium messages are being sent day by day and their receipts awaited. */
    IN_PROGRESS,
    /** Every planned message was billed and credited. */
    SUCCEEDED,
    /** Some messages were billed and credited, others failed (or await reconciliation). */
    PARTIALLY_SUCCEEDED,
    /** No message was billed. */
    FAILED,
    /** The user or an admin canceled it before confirming. */
    CANCELED,
    /** Not confirmed in time. */
    EXPIRED;

    /** The wire name, e.g. {@code requires_confirmation}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether nothing changes this deposit's status again, except reconciling unknown charges. */
    public boolean isFinal() {
        return this != REQUIRES_CONFIRMATION && this != IN_PROGRESS;
    }

    /** The statuses this one may move to; the single definition of the state machine. */
    public Set<DepositStatus> successors() {
        return switch (this) {
            case REQUIRES_CONFIRMATION -> EnumSet.of(IN_PROGRESS, CANCELED, EXPIRED, FAILED);
            case IN_PROGRESS -> EnumSet.of(SUCCEEDED, PARTIALLY_SUCCEEDED, FAILED);
            // Reconciling an unknown charge as billed raises what the deposit collected.
            case PARTIALLY_SUCCEEDED -> EnumSet.of(SUCCEEDED);
            case FAILED -> EnumSet.of(PARTIALLY_SUCCEEDED, SUCCEEDED);
            case SUCCEEDED, CANCELED, EXPIRED -> EnumSet.noneOf(DepositStatus.class);
        };
    }

    /** Checks a transition. */
    public DepositStatus to(DepositStatus next) {
        if (!successors().contains(next)) {
            throw new IllegalStateException("deposit cannot go from " + this + " to " + next);
        }
        return next;
    }

    /**
     * The final status of a deposit whose messages are all settled: all billed, some, or none.
     *
     * @param billed what was billed
     * @param planned what the plan would bill
     */
    public static DepositStatus settled(long billed, long planned) {
        if (billed <= 0) {
            return FAILED;
        }
        return billed >= planned ? SUCCEEDED : PARTIALLY_SUCCEEDED;
    }
}
