package io.relaypay.simulator.smsc;

import io.relaypay.simulator.CarrierConfig;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.PhoneConfig;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.simulator.SmscConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.api.AfterEach;

/**
 * A small carrier network with one SMSC, started per test, for the SMSC ITs that drive it with a
 * real jSMPP client over TCP on loopback.
 */
abstract class SmscFixture {

    static final String NORTH_PHONE = "+4915112345671";
    static final String BARRED_PHONE = "+4915112345679";
    static final String BLUE_PHONE = "+4917612345671";

    CarrierNetwork network;

    CarrierNetwork start(SmscConfig.Builder smsc) {
        network = CarrierNetwork.start(SimulatorConfig.builder()
                .httpPort(0)
                .smtpPort(0)
                .carrier(new CarrierConfig(
                                "northwind", "EUR", List.of(99L, 199L), 30, List.of("+49151"), "sms.north.test")
                        .withPremiumShortCodes(java.util.Map.of("88499", 499L)))
                .carrier(new CarrierConfig("bluewave", "EUR", List.of(99L), 35, List.of("+49176"), "sms.blue.test"))
                .smsc(smsc.port(0).carriers("northwind").build())
                .phone(NORTH_PHONE, "northwind")
                .phone(new PhoneConfig(BARRED_PHONE, "northwind", true))
                .phone(BLUE_PHONE, "bluewave")
                .redeliveryInterval(Duration.ofMillis(100))
                .build());
        return network;
    }

    CarrierNetwork start() {
        return start(SmscConfig.builder("smsc-a"));
    }

    int port() {
        return network.smppPort("smsc-a");
    }

    @AfterEach
    void stop() {
        if (network != null) {
            network.close();
        }
    }

    static OptionalParameter premium(String wire) {
        return new OptionalParameter.OctetString((short) 0x1401, wire.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
