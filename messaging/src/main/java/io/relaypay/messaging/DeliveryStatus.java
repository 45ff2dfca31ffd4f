package io.relaypay.messaging;

/** A delivery report's outcome; names follow SMPP 3.4 message states (appendix B). */
public enum DeliveryStatus {
    /** Reached the phone; a premium message is billed. */
    DELIVERED(true, true),
    /** Validity ran out before delivery. */
    EXPIRED(true, false),
    /** Deleted at the SMSC. */
    DELETED(true, false),
    /** The network could not deliver it. */
    UNDELIVERABLE(true, false),
    /** Rejected by the SMSC after submission (e.g. the phone cannot be billed). */
    REJECTED(true, false),
    /** Accepted on the phone's behalf but not yet delivered. */
    ACCEPTED(false, false),
    /** Still travelling. */
    ENROUTE(false, false),
    /** The controller does not know. */
    UNKNOWN(false, false);

    private final boolean fin;
    private final boolean delivered;

    DeliveryStatus(boolean fin, boolean delivered) {
        this.fin = fin;
        this.delivered = delivered;
    }

    /** True when no further report will change the outcome. */
    public boolean isFinal() {
        return fin;
    }

    /** True when the message reached the phone. */
    public boolean isDelivered() {
        return delivered;
    }
}
