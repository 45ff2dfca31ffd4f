package io.relaypay.simulator.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.simulator.CarrierBilling;
import io.relaypay.simulator.CarrierConfig;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.Charge;
import io.relaypay.simulator.PhoneConfig;
import io.relaypay.simulator.SimulatorConfig;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Manual throughput look (not run by the build, {@code -Dtest=BillingThroughputCheck}): one-step
 * charges over HTTP from many clients at once, then a check that every answered charge is on the
 * bill exactly once.
 */
class BillingThroughputCheck {

    private static final String PHONE = "+4915112345671";

    @Test
    void measure() throws Exception {
        SimulatorConfig config = SimulatorConfig.builder()
                .httpPort(0)
                .smtpPort(0)
                .carrier(new CarrierConfig("northwind", "EUR", List.of(99L), 30, List.of("+49151"), "sms.n.test")
                        .withBilling(CarrierBilling.enabled(Long.MAX_VALUE / 4)))
                .phone(PhoneConfig.of(PHONE, "northwind"))
                .build();
        try (CarrierNetwork network = CarrierNetwork.start(config)) {
            BillingClient api = new BillingClient(network.billingUri(), config.billingApiKey());
            int total = 10_000;
            for (int round = 0; round < 2; round++) {
                AtomicInteger created = new AtomicInteger();
                AtomicInteger errors = new AtomicInteger();
                int r = round;
                long start = System.nanoTime();
                try (ExecutorService pool = Executors.newFixedThreadPool(32)) {
                    for (int i = 0; i < total; i++) {
                        int n = i;
                        pool.execute(() -> {
                            try {
                                PaymentBody body =
                                        PaymentBody.charge(PHONE).amount("0.99").correlator("r" + r + "-" + n);
                                if (api.post("/payments", body.json()).status() == 201) {
                                    created.incrementAndGet();
                                } else {
                                    errors.incrementAndGet();
                                }
                            } catch (Exception e) {
                                errors.incrementAndGet();
                            }
                        });
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        "round %d: %d charges in %.2fs = %.0f/s, errors %d%n",
                        round, created.get(), seconds, created.get() / seconds, errors.get());
            }
            List<Charge> bill = network.phone(PHONE).bill();
            assertThat(bill).hasSize(2 * total);
            assertThat(bill.stream().map(Charge::reference).distinct()).hasSize(2 * total);
        }
    }
}
