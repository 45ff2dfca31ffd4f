package io.relaypay.interchange.support.ports;

import io.relaypay.interchange.decisions.PaymentDecisions;
import io.relaypay.interchange.payments.Payment;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link PaymentDecisions} that allow every payment by SMS code unless a test set a verdict for a number. */
public final class ScriptedDecisions implements PaymentDecisions {

    private final Map<String, Verdict> byPhone = new ConcurrentHashMap<>();

    @Override
    public Verdict decide(Payment payment, String phoneNumber) {
        return byPhone.getOrDefault(phoneNumber, Verdict.allow(Confirmation.SMS_CODE));
    }

    /** Answers {@code verdict} for payments by {@code phoneNumber}. */
    public void answer(String phoneNumber, Verdict verdict) {
        byPhone.put(phoneNumber, verdict);
    }
}
