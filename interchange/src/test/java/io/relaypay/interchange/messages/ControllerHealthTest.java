package io.relaypay.interchange.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.Channel;
import io.relaypay.messaging.channel.ChannelHealth;
import io.relaypay.messaging.channel.SendResult;
import io.relaypay.routing.graph.BreakerPolicy;
import io.relaypay.routing.graph.CircuitState;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ControllerHealthTest {

    static final SendResult ACCEPTED = new SendResult.Accepted(List.of("1"));
    static final SendResult THROTTLED = new SendResult.Retryable("throttled", Duration.ofSeconds(1));

    final TestClock clock = TestClock.standing();
    final BindChannel smpp = new BindChannel("smpp-a");
    final ControllerHealth health = new ControllerHealth(
            Map.of("smsc-a", "smpp-a", "aggregator", "json-a"),
            Map.of("smpp-a", smpp),
            new BreakerPolicy(Duration.ofSeconds(60), 2, 500, Duration.ofSeconds(30)),
            clock);

    /** A channel whose bind is up or down as the test says. */
    static final class BindChannel implements Channel {
        private final String name;
        volatile boolean connected = true;

        BindChannel(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void start() {}

        @Override
        public SendResult send(OutboundMessage message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelHealth health() {
            return new ChannelHealth(connected, 0, 0, 0);
        }

        @Override
        public void close() {}
    }

    @Test
    void aControllerFailingMoreThanThePolicyAllowsIsSkippedUntilTheCooldownEnds() {
        health.record("json-a", THROTTLED);
        health.record("json-a", THROTTLED);

        assertThat(health.now().isOpen("aggregator")).isTrue();
        clock.advance(Duration.ofSeconds(30));
        assertThat(health.states()).containsEntry("aggregator", CircuitState.HALF_OPEN);
        health.record("json-a", ACCEPTED);
        assertThat(health.states()).containsEntry("aggregator", CircuitState.CLOSED);
    }

    @Test
    void failuresBelowTheRateKeepTheCircuitClosed() {
        health.record("json-a", ACCEPTED);
        health.record("json-a", ACCEPTED);
        health.record("json-a", THROTTLED);

        assertThat(health.now().isOpen("aggregator")).isFalse();
    }

    @Test
    void aLostBindOpensTheCircuitAndTheBindComingBackLetsTrafficTryAgain() {
        smpp.connected = false;
        assertThat(health.now().isOpen("smsc-a")).isTrue();

        smpp.connected = true;
        assertThat(health.states()).containsEntry("smsc-a", CircuitState.HALF_OPEN);
    }

    @Test
    void aSuccessAfterTheBindCameBackClosesTheCircuitEvenIfNobodyLookedInBetween() {
        smpp.connected = false;
        health.now();
        smpp.connected = true;

        health.record("smpp-a", ACCEPTED);

        assertThat(health.states()).containsEntry("smsc-a", CircuitState.CLOSED);
    }

    @Test
    void aGatewayNeverCalledYetIsNotTakenForDown() {
        assertThat(health.now().open()).isEmpty();
    }

    @Test
    void twoControllersOnOneChannelAreRefused() {
        assertThatThrownBy(() -> new ControllerHealth(
                        Map.of("a", "shared", "b", "shared"),
                        Map.of(),
                        new BreakerPolicy(Duration.ofSeconds(60), 2, 500, Duration.ofSeconds(30)),
                        clock))
                .hasMessageContaining("share channel shared");
    }
}
