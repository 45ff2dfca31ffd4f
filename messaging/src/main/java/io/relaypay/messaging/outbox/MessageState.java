package io.relaypay.messaging.outbox;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an outbound message is in its life. Waiting states ({@link #QUEUED}, {@link #CLAIMED},
 * {@link #SENDING}, {@link #UNKNOWN}, {@link #SUBMITTED}) each have a deadline the janitor enforces;
 * the rest are final.
 */
public enum MessageState {
    /** Accepted and stored; waiting until its next attempt is due. */
    QUEUED,
    /** A premium message a dispatcher holds, not yet handed to a controller. */
    CLAIMED,
    /** Being handed to a controller; the outcome is not recorded yet. */
    SENDING,
    /** The hand-over may or may not have happened; delivery reports decide before any retry. */
    UNKNOWN,
    /** A controller took it; waiting for delivery reports. */
    SUBMITTED,
    /** Every part reached the phone. */
    DELIVERED,
    /** The network reported it could not deliver. */
    UNDELIVERED,
    /** Every route rejected it. */
    FAILED,
    /** Its validity ran out before a controller took it. */
    EXPIRED,
    /** A premium message whose outcome stayed unknown: it is not sent again; an operator reconciles it. */
    UNRESOLVED,
    /** Submitted, but no final delivery report came before the deadline. */
    UNCONFIRMED;

    private static final Set<MessageState> FINAL =
            EnumSet.of(DELIVERED, UNDELIVERED, FAILED, EXPIRED, UNRESOLVED, UNCONFIRMED);

    /** True when nothing will change this message again. */
    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** The states a message may move to from this one; the store refuses any other change. */
    public Set<MessageState> successors() {
        return switch (this) {
            case QUEUED -> EnumSet.of(CLAIMED, SENDING, EXPIRED);
            case CLAIMED -> EnumSet.of(SENDING, QUEUED);
            case SENDING -> EnumSet.of(SUBMITTED, QUEUED, FAILED, UNKNOWN, DELIVERED, UNDELIVERED);
            case UNKNOWN -> EnumSet.of(SUBMITTED, DELIVERED, UNDELIVERED, QUEUED, UNRESOLVED);
            case SUBMITTED -> EnumSet.of(DELIVERED, UNDELIVERED, UNCONFIRMED);
            case DELIVERED, UNDELIVERED, FAILED, EXPIRED, UNRESOLVED, UNCONFIRMED -> EnumSet.noneOf(MessageState.class);
        };
    }

    /** Checks a transition; the single place the state machine is defined. */
    public MessageState to(MessageState next) {
        if (!successors().contains(next)) {
            throw new IllegalStateException("message cannot go from " + this + " to " + next);
        }
        return next;
    }
}
