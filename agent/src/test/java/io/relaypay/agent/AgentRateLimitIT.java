package io.relaypay.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A flood of requests is cut off by the shared rate limit before it reaches any lookup. */
class AgentRateLimitIT {

    @Test
    void requestsBeyondTheBurstAreRefused() throws Exception {
        try (AgentFixture fixture = new AgentFixture(2)) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                statuses.add(fixture.http().request("GET", "/v1/status").send().status());
            }

            assertThat(statuses).contains(200).contains(429);
            assertThat(statuses.subList(0, 4)).containsOnly(200);
        }
    }
}
