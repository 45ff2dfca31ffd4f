package io.relaypay.simulator.smsc;

import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Manual throughput look (not run by the build): many threads submitting on one bind. */
class SubmitThroughputCheck {

    @Test
    void measure() throws Exception {
        try (CarrierNetwork network =
                        CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());
                EsmeClient esme = EsmeClient.transceiver(network.smppPort("smsc-hub"))) {
            int total = 40_000;
            AtomicInteger errors = new AtomicInteger();
            for (int round = 0; round < 2; round++) {
                esme.received.clear();
                long start = System.nanoTime();
                try (ExecutorService pool = Executors.newFixedThreadPool(128)) {
                    for (int i = 0; i < total; i++) {
                        pool.execute(() -> {
                            try {
                                esme.submit("4915112345671", "benchmark message");
                            } catch (Exception e) {
                                errors.incrementAndGet();
                            }
                        });
                    }
                }
                long submitted = System.nanoTime();
                while (esme.received.size() < total && System.nanoTime() - submitted < 60_000_000_000L) {
                    Thread.sleep(10);
                }
                long done = System.nanoTime();
                System.out.printf(
                        "round %d: %d submits in %.2fs = %.0f/s; receipts %d after %.2fs more; errors %d%n",
                        round,
                        total,
                        (submitted - start) / 1e9,
                        total / ((submitted - start) / 1e9),
                        esme.received.size(),
                        (done - submitted) / 1e9,
                        errors.get());
            }
        }
    }
}
