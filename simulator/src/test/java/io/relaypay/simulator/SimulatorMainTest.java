package io.relaypay.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.simulator.network.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorMainTest {

    @Test
    void portsAreTakenFromTheOptionsAndSmscsFollowTheFirstPort() {
        SimulatorConfig config = SimulatorMain.configure(
                SimulatorConfig.defaults(),
                List.of("--http-port", "9081", "--smpp-port", "3775", "--smtp-port", "3525", "--host", "0.0.0.0"));

        assertThat(config.httpPort()).isEqualTo(9081);
        assertThat(config.smtpPort()).isEqualTo(3525);
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.smscs()).extracting(SmscConfig::port).containsExactly(3775, 3776);
    }

    @Test
    void defaultsAreTheContractPorts() {
        SimulatorConfig config = SimulatorMain.configure(SimulatorConfig.defaults(), List.of());

        assertThat(config.httpPort()).isEqualTo(8081);
        assertThat(config.smtpPort()).isEqualTo(2525);
        assertThat(config.smscs()).extracting(SmscConfig::port).containsExactly(2775, 2776);
    }

    @Test
    void unknownOptionsAndBadPortsAreRefused() {
        assertThatThrownBy(() -> SimulatorMain.configure(SimulatorConfig.defaults(), List.of("--nope")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--nope");
        assertThatThrownBy(() -> SimulatorMain.configure(SimulatorConfig.defaults(), List.of("--http-port", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--http-port");
        assertThatThrownBy(() -> SimulatorMain.configure(SimulatorConfig.defaults(), List.of("--smtp-port")))
                .hasMessageContaining("needs a value");
    }

    @Test
    void everyDefaultPhoneIsAValidNumberOnItsCarrier() {
        SimulatorConfig config = SimulatorConfig.defaults();
        // Network validates every number with libphonenumber; no sockets are opened here.
        Network network = new Network(config.clock(), config.carriers(), config.phones());
        for (Phone phone : network.phones()) {
            assertThat(network.carriers().carrierForNumber(phone.msisdn()))
                    .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo(phone.carrier()));
        }
        assertThat(network.phones()).hasSize(6);
    }
}
