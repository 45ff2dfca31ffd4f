package io.relaypay.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.agent.interchange.AgentMessage;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The running agent keeps fetching its texts from the interchange (here the canned stand-in, over
 * real HTTP), device-signed, and shows each one to the person once.
 */
class AgentMessagesIT {

    final AgentFixture agent;

    AgentMessagesIT() throws Exception {
        agent = new AgentFixture(100);
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    @Test
    void aTextSentOverTheAgentIsShownOnceAndEveryFetchIsSignedByTheDevice() {
        await().atMost(Duration.ofSeconds(10))
                .alias("the agent fetches as soon as it runs")
                .until(() -> !agent.interchange.fetches.isEmpty());

        agent.interchange.texts.add("Relaypay: reply 48213 to pay 4.99 EUR to Acme Games");

        await().atMost(Duration.ofSeconds(30)).until(() -> !agent.shown.isEmpty());
        assertThat(agent.shown)
                .extracting(AgentMessage::text)
                .containsExactly("Relaypay: reply 48213 to pay 4.99 EUR to Acme Games");
        assertThat(agent.interchange.fetches)
                .allSatisfy(fetch -> assertThat(fetch).matches("dev_test t=\\d+,sig=[A-Za-z0-9_-]+"));
    }
}
