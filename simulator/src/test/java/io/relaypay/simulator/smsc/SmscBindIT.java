package io.relaypay.simulator.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import org.jsmpp.bean.BindType;
import org.jsmpp.extra.NegativeResponseException;
import org.junit.jupiter.api.Test;

/** The SMSC against a real jSMPP client over TCP. Binding: credentials and refused binds. */
class SmscBindIT extends SmscFixture {
    @Test
    void bindWithWrongPasswordIsRefusedWithInvalidPassword() {
        start();
        assertThatThrownBy(() -> EsmeClient.bind(port(), BindType.BIND_TRX, "relaypay", "wrong"))
                .isInstanceOf(IOException.class)
                .rootCause()
                .isInstanceOfSatisfying(
                        NegativeResponseException.class,
                        e -> assertThat(e.getCommandStatus()).isEqualTo(SmppStatus.ESME_RINVPASWD));
    }

    @Test
    void bindWithWrongSystemIdIsRefusedWithInvalidSystemId() {
        start();
        assertThatThrownBy(() -> EsmeClient.bind(port(), BindType.BIND_TRX, "someone", "secret"))
                .rootCause()
                .isInstanceOfSatisfying(
                        NegativeResponseException.class,
                        e -> assertThat(e.getCommandStatus()).isEqualTo(SmppStatus.ESME_RINVSYSID));
    }

    @Test
    void refusedBindsAnswerBindFailUntilAllowedAgain() throws Exception {
        start();
        network.smsc("smsc-a").refuseBinds(true);
        assertThatThrownBy(() -> EsmeClient.transceiver(port()))
                .rootCause()
                .isInstanceOfSatisfying(
                        NegativeResponseException.class,
                        e -> assertThat(e.getCommandStatus()).isEqualTo(SmppStatus.ESME_RBINDFAIL));
        network.smsc("smsc-a").refuseBinds(false);
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            assertThat(esme.session.getSessionState().isBound()).isTrue();
            await().until(() -> network.smsc("smsc-a").boundSessions() == 1);
        }
    }
}
