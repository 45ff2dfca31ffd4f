package io.relaypay.interchange.deposits;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where one premium message of a deposit's plan is. {@link #UNKNOWN} is final for the janitor: a
 * premium message whose fate is unknown is never sent again (it may have been charged); an admin
 * reconciles it from the carrier's records.
 */
public enum ItemState {
    /** Planned; sent once due. */
    QUEUED,
    /** Its message id is fixed and it is being handed to the outbox; the outbox decides if it is. */
    SENDING,
    /** In the outbox; waiting for the delivery receipt. */
    SENT,
    /** Delivered: the carrier billed it and the user was credited. */
    BILLED,
    /** Not delivered, so not billed; not credited. */
    FAILED,
    /** No receipt said whether it was billed; awaiting reconciliation. */
    UNKNOWN;

    /** The wire name. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the janitor is done with it. */
    public boolean isSettled() {
        return this == BILLED || this == FAILED || this == UNKNOWN;
    }

    /** The states this one may move to. */
    public Set<ItemState> successors() {
        return switch (this) {
            case QUEUED -> EnumSet.of(SENDING, FAILED);
            case SENDING -> EnumSet.of(SENT, FAILED);
            case SENT -> EnumSet.of(BILLED, FAILED, UNKNOWN);
            case UNKNOWN -> EnumSet.of(BILLED, FAILED);
            case BILLED, FAILED -> EnumSet.noneOf(ItemState.class);
        };
    }

    /** Checks a transition. */
    public ItemState to(ItemState next) {
        if (!successors().contains(next)) {
            throw new IllegalStateException("deposit item cannot go from " + this + " to " + next);
        }
        return next;
    }
}
