package io.relaypay.interchange.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.routing.graph.ReachChannel;
import io.relaypay.sdk.jose.EcKeys;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Enrolling an agent over real HTTP, with the code texted through the normal least-cost sender over
 * real SMPP to the simulator's phone: right, wrong, exhausted and expired codes, and the device
 * becoming an AGENT_INTERNET reach channel of the phone until it is revoked.
 */
class AgentEnrollmentIT {

    static final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    static final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .withClock(clock)
            .with("relaypay.channels.smsc-north.port", network.smppPort("smsc-north"))
            .with("relaypay.channels.smsc-hub.port", network.smppPort("smsc-hub"));

    static AgentFixture agents;

    @BeforeAll
    static void bound() {
        agents = new AgentFixture(server, network, clock);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> network.smsc("smsc-north").boundSessions() > 0
                        && network.smsc("smsc-hub").boundSessions() > 0);
    }

    @AfterAll
    static void stopNetwork() {
        network.close();
    }

    @Test
    void theCodeTextedToThePhoneEnrollsTheDevice() {
        String phone = agents.newPhone();
        Http.Response started = server.anonymous().post("/agent/v1/enrollments", Map.of("phone_number", phone));

        assertThat(started.status()).isEqualTo(201);
        assertThat(started.text("id")).startsWith("enr_");
        assertThat(started.text("status")).isEqualTo("requires_code");
        assertThat(started.json().get("expires_at").asLong())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(10)).getEpochSecond());

        Http.Response confirmed = agents.confirm(started.text("id"), agents.codeTexted(phone, 1), EcKeys.generate());

        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(201);
        assertThat(confirmed.text("device")).startsWith("dev_");
        assertThat(confirmed.text("phone_number")).isEqualTo(phone);
        assertThat(server.bean(Devices.class).reachChannels(phone))
                .as("enrolled, but its agent has not fetched yet")
                .containsExactly(ReachChannel.CELLULAR);
    }

    @Test
    void anEnrolledAgentIsAReachChannelOfItsPhoneWhileItFetchesItsMessages() {
        AgentFixture.TestDevice device = agents.enrolled();

        Http.Response fetched = agents.signed(device, "POST", "/agent/v1/messages/fetch", "{}");

        assertThat(fetched.status()).as(fetched.raw()).isEqualTo(200);
        assertThat(server.bean(Devices.class).reachChannels(device.phone()))
                .containsExactlyInAnyOrder(ReachChannel.CELLULAR, ReachChannel.AGENT_INTERNET);
        clock.advance(AgentMailbox.LISTEN_GRACE);
        assertThat(server.bean(Devices.class).reachChannels(device.phone()))
                .as("no fetch for the grace: the agent is off")
                .containsExactly(ReachChannel.CELLULAR);
    }

    @Test
    void aWrongCodeIsRefusedWithTheAttemptsLeftAndTheRightOneStillWorks() {
        String phone = agents.newPhone();
        String enrollment = agents.startEnrollment(phone);
        String code = agents.codeTexted(phone, 1);

        Http.Response wrong = agents.confirm(enrollment, otherThan(code), EcKeys.generate());

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.problem()).isEqualTo("enrollment-code-invalid");
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.json().get("attempts_left").asInt()).isEqualTo(2);
        assertThat(server.bean(Devices.class).reachChannels(phone)).containsExactly(ReachChannel.CELLULAR);

        assertThat(agents.confirm(enrollment, code, EcKeys.generate()).status()).isEqualTo(201);
    }

    @Test
    void threeWrongCodesCloseTheEnrollmentEvenForTheRightCode() {
        String phone = agents.newPhone();
        String enrollment = agents.startEnrollment(phone);
        String code = agents.codeTexted(phone, 1);

        agents.confirm(enrollment, otherThan(code), EcKeys.generate());
        agents.confirm(enrollment, otherThan(code), EcKeys.generate());
        Http.Response third = agents.confirm(enrollment, otherThan(code), EcKeys.generate());
        Http.Response right = agents.confirm(enrollment, code, EcKeys.generate());

        assertThat(third.status()).isEqualTo(410);
        assertThat(third.problem()).isEqualTo("enrollment-closed");
        assertThat(right.status()).isEqualTo(410);
        assertThat(right.problem()).isEqualTo("enrollment-closed");
        assertThat(server.bean(Devices.class).reachChannels(phone)).containsExactly(ReachChannel.CELLULAR);
    }

    @Test
    void anExpiredCodeIsRefused() {
        String phone = agents.newPhone();
        String enrollment = agents.startEnrollment(phone);
        String code = agents.codeTexted(phone, 1);

        clock.advance(Duration.ofMinutes(10));
        Http.Response late = agents.confirm(enrollment, code, EcKeys.generate());

        assertThat(late.status()).isEqualTo(410);
        assertThat(late.problem()).isEqualTo("enrollment-closed");
        assertThat(late.text("detail")).contains("expired");
    }

    @Test
    void aConfirmedEnrollmentCannotEnrollASecondDevice() {
        String phone = agents.newPhone();
        String enrollment = agents.startEnrollment(phone);
        String code = agents.codeTexted(phone, 1);
        assertThat(agents.confirm(enrollment, code, EcKeys.generate()).status()).isEqualTo(201);

        Http.Response again = agents.confirm(enrollment, code, EcKeys.generate());

        assertThat(again.status()).isEqualTo(410);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        assertThat(server.anonymous()
                        .post("/agent/v1/enrollments", Map.of("phone_number", "015112345678"))
                        .problem())
                .isEqualTo("invalid-request");
        String phone = agents.newPhone();
        String enrollment = agents.startEnrollment(phone);
        String code = agents.codeTexted(phone, 1);
        Http.Response badKey = server.anonymous()
                .post(
                        "/agent/v1/enrollments/" + enrollment + "/confirm",
                        Map.of("code", code, "device_public_key", "AAAA", "device_name", "x", "platform", "linux"));

        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.text("param")).isEqualTo("device_public_key");
        assertThat(agents.confirm(enrollment, code, EcKeys.generate()).status())
                .as("a refused bad request does not count as an attempt")
                .isEqualTo(201);
    }

    @Test
    void aRevokedDeviceIsNoLongerAReachChannel() {
        AgentFixture.TestDevice device = agents.enrolled();

        Http.Response self = agents.signed(device, "GET", "/agent/v1/devices/self", "");
        assertThat(self.status()).as(self.raw()).isEqualTo(200);
        assertThat(self.text("phone_number")).isEqualTo(device.phone());

        Http.Response revoked = agents.signed(device, "DELETE", "/agent/v1/devices/self", "");
        assertThat(revoked.status()).isEqualTo(200);

        assertThat(server.bean(Devices.class).reachChannels(device.phone())).containsExactly(ReachChannel.CELLULAR);
        Http.Response after = agents.signed(device, "GET", "/agent/v1/devices/self", "");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.problem()).isEqualTo("device-signature-invalid");
    }

    @Test
    void enrollmentStartsPerPhoneAreLimited() {
        String phone = agents.newPhone();
        for (int i = 0; i < 5; i++) {
            agents.startEnrollment(phone);
        }

        Http.Response sixth = server.anonymous().post("/agent/v1/enrollments", Map.of("phone_number", phone));

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.problem()).isEqualTo("rate-limited");
        clock.advance(Duration.ofHours(1));
        assertThat(agents.startEnrollment(phone)).startsWith("enr_");
    }

    private static String otherThan(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
