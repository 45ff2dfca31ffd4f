package io.relaypay.simulator.billing;

import io.relaypay.simulator.CarrierBilling;
import io.relaypay.simulator.CarrierConfig;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.PhoneConfig;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.simulator.SubscriberBilling;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh demo network per test on a {@link TestClock}, with a carrier without operator billing and
 * a phone with a low monthly limit added, and a billing API client.
 */
abstract class BillingFixture {

    /** northwind, postpaid, the carrier's EUR 100.00 limit; share 30 %. */
    static final String POSTPAID = "+4915112345671";
    /** northwind, prepaid with EUR 10.00 (demo network). */
    static final String PREPAID = "+4915112345673";
    /** bluewave, third-party billing blocked (demo network). */
    static final String BLOCKED = "+4917612345673";
    /** northwind, postpaid with its own EUR 5.00 monthly limit. */
    static final String LOW_LIMIT = "+4915112345674";
    /** skyline, whose carrier offers no operator billing. */
    static final String NO_BILLING_CARRIER = "+491701234567";
    /** A valid number no phone has. */
    static final String UNKNOWN = "+4915199999999";

    static final Duration RESERVATION_TIMEOUT = Duration.ofMinutes(15);

    final TestClock clock = TestClock.standing();
    CarrierNetwork network;
    BillingClient api;

    @BeforeEach
    void startNetwork() {
        network = CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts().toBuilder()
                .clock(clock)
                .reservationTimeout(RESERVATION_TIMEOUT)
                .carrier(new CarrierConfig("skyline", "EUR", List.of(99L), 40, List.of("+49170"), "sms.skyline.test")
                        .withBilling(CarrierBilling.disabled()))
                .phone(PhoneConfig.of(NO_BILLING_CARRIER, "skyline"))
                .phone(PhoneConfig.of(LOW_LIMIT, "northwind")
                        .withBilling(SubscriberBilling.postpaid().withMonthlyLimit(5_00)))
                .build());
        api = new BillingClient(network.billingUri(), "sim_billing_key");
    }

    @AfterEach
    void stopNetwork() {
        network.close();
    }
}
