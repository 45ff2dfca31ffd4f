package io.relaypay.simulator.network;

import io.relaypay.simulator.Charge;
import io.relaypay.simulator.Phone;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SubscriberBilling;
import java.util.List;

/** A phone of the simulated network; its inbox and bill only grow. Thread-safe. */
public final class VirtualPhone implements Phone {

    private final String msisdn;
    private final String carrier;
    // A subscriber may bar premium services at any time, e.g. in the middle of a deposit plan.
    private volatile boolean premiumBarred;
    private final SubscriberBilling billing;
    private final Network network;
    private final Log<ReceivedMessage> inbox = new Log<>();
    private final Log<Charge> bill = new Log<>();
    private final Log<MoMessage> sent = new Log<>();

    VirtualPhone(String msisdn, String carrier, boolean premiumBarred, SubscriberBilling billing, Network network) {
        this.msisdn = msisdn;
        this.carrier = carrier;
        this.premiumBarred = premiumBarred;
        this.billing = billing;
        this.network = network;
    }

    @Override
    public String msisdn() {
        return msisdn;
    }

    @Override
    public String carrier() {
        return carrier;
    }

    @Override
    public boolean premiumBarred() {
        return premiumBarred;
    }

    @Override
    public void barPremium(boolean barred) {
        this.premiumBarred = barred;
    }

    @Override
    public List<ReceivedMessage> inbox() {
        return inbox.snapshot();
    }

    @Override
    public void sendMo(String to, String text) {
        network.sendMo(this, to, text);
    }

    @Override
    public List<Charge> bill() {
        return bill.snapshot();
    }

    @Override
    public SubscriberBilling billing() {
        return billing;
    }

    /** What the phone sent, oldest first; a snapshot. */
    public List<MoMessage> sent() {
        return sent.snapshot();
    }

    void receive(ReceivedMessage message) {
        inbox.add(message);
    }

    void charge(Charge charge) {
        bill.add(charge);
    }

    void recordSent(MoMessage mo) {
        sent.add(mo);
    }

    @Override
    public String toString() {
        return msisdn + "@" + carrier;
    }
}
