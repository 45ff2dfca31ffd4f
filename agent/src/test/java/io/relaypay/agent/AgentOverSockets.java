package io.relaypay.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The running agent the security ITs send their requests to, over real sockets: started once per
 * class with a scripted prompt that enters the PIN, its stand-in interchange's charges cleared
 * before each test, and the two ways a refusal is checked.
 */
abstract class AgentOverSockets {

    static AgentFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new AgentFixture(1000);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @BeforeEach
    void payWithPin() throws Exception {
        fixture.answer("pin 1234");
        fixture.interchange.charges.clear();
    }

    static void assertRefusedUniformly(RawHttp.Response response) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body())
                .isEqualTo(
                        "{\"type\":\"https://relaypay.io/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403}");
        assertThat(response.hasCorsHeaders()).as("CORS headers").isFalse();
        assertNothingCharged();
    }

    static void assertNothingCharged() {
        assertThat(fixture.interchange.charges)
                .as("payments sent to the interchange")
                .isEmpty();
    }
}
