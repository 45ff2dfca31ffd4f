package io.relaypay.simulator.network;

/** A way out of the network for mobile-originated messages, e.g. an SMSC towards its ESMEs. */
public interface MoGateway {

    /** Name for logs. */
    String name();

    /** Whether this gateway carries MOs from subscribers of {@code carrier}. */
    boolean reaches(String carrier);

    /** Whether an ESME is bound to receive right now. */
    boolean hasReceiver();

    /** Takes the MO for delivery; it is queued (never dropped) until a receiver acknowledges it. */
    void deliverMo(MoMessage mo);
}
