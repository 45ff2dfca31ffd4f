package io.relaypay.interchange.funds;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A carrier billing API in memory, with the idempotency a real one has (one charge per client
 * correlator) and scripted faults: decline the next charge, or charge and lose the answer, or lose
 * the request before it arrives.
 */
final class SimulatedCarrier implements OperatorBilling {

    private enum Fault {
        DECLINE_INSUFFICIENT,
        DECLINE_BLOCKED,
        CHARGE_AND_DROP_ANSWER,
        DROP_REQUEST
    }

    private final Map<String, Charge> charges = new LinkedHashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private int requests;

    synchronized SimulatedCarrier declineNextForCredit() {
        faults.add(Fault.DECLINE_INSUFFICIENT);
        return this;
    }

    synchronized SimulatedCarrier declineNextAsBlocked() {
        faults.add(Fault.DECLINE_BLOCKED);
        return this;
    }

    synchronized SimulatedCarrier chargeAndDropNextAnswer() {
        faults.add(Fault.CHARGE_AND_DROP_ANSWER);
        return this;
    }

    synchronized SimulatedCarrier dropNextRequest() {
        faults.add(Fault.DROP_REQUEST);
        return this;
    }

    @Override
    public synchronized Outcome charge(Charge charge) {
        requests++;
        Fault fault = faults.poll();
        if (fault == Fault.DROP_REQUEST) {
            return new Outcome.Unknown("connection reset");
        }
        if (fault == Fault.DECLINE_INSUFFICIENT) {
            return new Outcome.Declined(true, "CARRIER_BILLING.INSUFFICIENT_CREDIT", "not enough credit");
        }
        if (fault == Fault.DECLINE_BLOCKED) {
            return new Outcome.Declined(false, "CARRIER_BILLING.PAYMENT_DENIED", "third-party billing blocked");
        }
        charges.putIfAbsent(charge.clientCorrelator(), charge);
        if (fault == Fault.CHARGE_AND_DROP_ANSWER) {
            return new Outcome.Unknown("connection closed before the answer");
        }
        return charged(charges.get(charge.clientCorrelator()));
    }

    @Override
    public synchronized Outcome lookup(String carrier, String clientCorrelator) {
        Charge charge = charges.get(clientCorrelator);
        return charge == null ? new Outcome.NotFound() : charged(charge);
    }

    /** Charges made, by correlator. */
    synchronized Map<String, Charge> charges() {
        return Map.copyOf(charges);
    }

    /** Charge requests received (including refused and lost ones). */
    synchronized int requests() {
        return requests;
    }

    private static Outcome charged(Charge charge) {
        return new Outcome.Charged("cbp_" + charge.clientCorrelator(), charge.amount(), charge.currency());
    }
}
