package io.relaypay.simulator.billing;

import io.relaypay.simulator.CarrierConfig;
import io.relaypay.simulator.Phone;

/** Whether a subscriber can be charged by operator billing at all, before credit and limits. */
final class Eligibility {

    private Eligibility() {}

    /**
     * Refuses a charge when the carrier offers no operator billing, bills in another currency, or
     * the subscriber blocked third-party billing; checked in that order.
     */
    static void requireBillable(Phone phone, CarrierConfig carrier, ChargeRequest request) {
        if (!carrier.billing().enabled()) {
            throw new BillingException(
                    BillingError.BILLING_NOT_SUPPORTED, "carrier " + carrier.name() + " offers no operator billing");
        }
        if (!carrier.currency().equals(request.currency())) {
            throw new BillingException(
                    BillingError.CURRENCY_NOT_SUPPORTED,
                    "carrier " + carrier.name() + " bills in " + carrier.currency() + ", not " + request.currency());
        }
        if (phone.billing().blocked()) {
            throw new BillingException(
                    BillingError.BILLING_BLOCKED, "third-party billing is blocked for " + phone.msisdn());
        }
    }
}
