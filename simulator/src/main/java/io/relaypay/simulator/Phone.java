package io.relaypay.simulator;

import java.util.List;

/** A virtual phone on the simulated network: a number, an inbox, a way to send, and a bill. */
public interface Phone {

    /** The phone's number in E.164 with a leading {@code +}. */
    String msisdn();

    /** The carrier the phone is subscribed to. */
    String carrier();

    /** Whether premium messages to this phone are refused (the receipt then says {@code REJECTD}). */
    boolean premiumBarred();

    /**
     * Bars (or lifts the bar on) premium messages from now on, as a subscriber who asks the carrier
     * to block premium services: later premium MTs are refused and premium MOs not billed.
     */
    void barPremium(boolean barred);

    /** Everything the phone received, oldest first; a snapshot. */
    List<ReceivedMessage> inbox();

    /**
     * Sends a mobile-originated message to {@code to} (usually a short code). See {@link
     * CarrierNetwork} for how the network routes it.
     */
    void sendMo(String to, String text);

    /**
     * The phone's carrier bill, oldest first; a snapshot: premium messages, operator billing charges
     * and refunds.
     */
    List<Charge> bill();

    /** The phone's operator billing settings (limit, prepaid credit at start, blocked). */
    SubscriberBilling billing();
}
