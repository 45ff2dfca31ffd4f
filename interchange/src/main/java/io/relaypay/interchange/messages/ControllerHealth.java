package io.relaypay.interchange.messages;

import io.relaypay.messaging.channel.Channel;
import io.relaypay.messaging.channel.SendResult;
import io.relaypay.routing.graph.BreakerPolicy;
import io.relaypay.routing.graph.CircuitBreaker;
import io.relaypay.routing.graph.CircuitState;
import io.relaypay.routing.graph.Health;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messaging's view of each channel turned into routing's circuit breakers, one per controller: every
 * controller answer is an outcome (accepted is a success; rejected, retryable and unknown are
 * failures, as {@link io.relaypay.messaging.channel.ChannelHealth} counts them), and for channels
 * that hold a connection of their own (SMPP binds) a lost bind opens the circuit until the bind is
 * back. HTTP and email channels report {@code connected} only as "the last call got through", which
 * would keep a circuit open for good once it opened (no call, no news), so for them the error rate
 * alone decides and the cooldown lets trial traffic through.
 */
public final class ControllerHealth {

    private static final Logger log = LoggerFactory.getLogger(ControllerHealth.class);

    private final Map<String, CircuitBreaker> byController;
    private final Map<String, String> controllerByChannel;
    private final Map<String, Channel> bindWatched;
    private final Map<String, Boolean> lastConnected = new HashMap<>();

    /**
     * Breakers for every controller.
     *
     * @param channelByController each controller's channel (one channel per controller)
     * @param bindWatched the channels whose {@code connected} is a bind state, by name
     * @param policy when a circuit opens and for how long
     * @param clock where time comes from
     */
    public ControllerHealth(
            Map<String, String> channelByController,
            Map<String, Channel> bindWatched,
            BreakerPolicy policy,
            Clock clock) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(clock, "clock");
        Map<String, CircuitBreaker> breakers = new LinkedHashMap<>();
        Map<String, String> controllers = new HashMap<>();
        channelByController.forEach((controller, channel) -> {
            breakers.put(controller, new CircuitBreaker(policy, clock));
            String other = controllers.putIfAbsent(channel, controller);
            if (other != null) {
                throw new IllegalArgumentException("controllers " + other + " and " + controller + " share channel "
                        + channel + "; give each controller its own channel");
            }
        });
        this.byController = Map.copyOf(breakers);
        this.controllerByChannel = Map.copyOf(controllers);
        this.bindWatched = Map.copyOf(bindWatched);
    }

    /** Counts a controller's answer on {@code channel}. */
    public void record(String channel, SendResult result) {
        String controller = controllerByChannel.get(channel);
        if (controller == null) {
            return;
        }
        // The bind may have come back since anyone looked: a success then closes a half-open circuit.
        watchBind(channel);
        CircuitBreaker breaker = byController.get(controller);
        CircuitState before = breaker.state();
        if (result instanceof SendResult.Accepted) {
            breaker.recordSuccess();
        } else {
            breaker.recordFailure();
        }
        logChange(controller, before, breaker.state(), result.getClass().getSimpleName());
    }

    /** The circuits now, after looking at the binds of bind-holding channels. */
    public Health now() {
        watchBinds();
        return Health.of(byController);
    }

    /** Each controller's circuit state now, in configuration order. */
    public Map<String, CircuitState> states() {
        watchBinds();
        Map<String, CircuitState> states = new LinkedHashMap<>();
        byController.forEach((controller, breaker) -> states.put(controller, breaker.state()));
        return states;
    }

    private void watchBinds() {
        bindWatched.keySet().forEach(this::watchBind);
    }

    private synchronized void watchBind(String channel) {
        Channel watched = bindWatched.get(channel);
        String controller = controllerByChannel.get(channel);
        if (watched != null && controller != null) {
            boolean connected = watched.health().connected();
            Boolean last = lastConnected.put(channel, connected);
            CircuitBreaker breaker = byController.get(controller);
            if (!connected && !Boolean.FALSE.equals(last)) {
                breaker.bindDown();
                log.info("controller={} channel={} circuit=OPEN reason=bind-down", controller, channel);
            } else if (connected && Boolean.FALSE.equals(last)) {
                breaker.bindUp();
                log.info("controller={} channel={} circuit={} reason=bind-up", controller, channel, breaker.state());
            }
        }
    }

    private static void logChange(String controller, CircuitState before, CircuitState after, String outcome) {
        if (before != after) {
            log.info("controller={} circuit={} was={} after={}", controller, after, before, outcome);
        }
    }
}
