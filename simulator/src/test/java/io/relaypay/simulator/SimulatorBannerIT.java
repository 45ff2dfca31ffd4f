package io.relaypay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What {@code ./relaypay simulator} prints at start, with the real ports. */
class SimulatorBannerIT {

    @Test
    void bannerNamesEveryEndpointIncludingTheBillingApi() {
        try (CarrierNetwork network =
                CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            SimulatorMain.printBanner(network, new PrintStream(out, true, StandardCharsets.UTF_8));

            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("operator billing  " + network.httpUri() + "/carrier-billing/v0/payments")
                    .contains("JSON aggregator   " + network.httpUri() + "/api/v1/messages")
                    .contains("card processor    " + network.httpUri() + "/processor/v1")
                    .contains("SMSC smsc-hub");
        }
    }
}
