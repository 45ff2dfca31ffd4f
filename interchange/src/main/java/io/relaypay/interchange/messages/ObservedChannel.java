package io.relaypay.interchange.messages;

import io.relaypay.interchange.routes.PlannedRoute;
import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.Channel;
import io.relaypay.messaging.channel.ChannelHealth;
import io.relaypay.messaging.channel.SendResult;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A channel as the outbox dispatcher sees it, with two side effects on every send: the answer
 * counts for the controller's circuit breaker, and an accepted message has the route it took
 * through this channel recorded with its cost. Recording never changes the answer the outbox gets:
 * a failed record is logged, because losing one cost row is better than sending a message twice.
 */
public final class ObservedChannel implements Channel {

    private static final Logger log = LoggerFactory.getLogger(ObservedChannel.class);

    private final Channel delegate;
    private final ControllerHealth health;
    private final RouteRecords routes;
    private final Clock clock;

    /** Observes {@code delegate}. */
    public ObservedChannel(Channel delegate, ControllerHealth health, RouteRecords routes, Clock clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.health = Objects.requireNonNull(health, "health");
        this.routes = Objects.requireNonNull(routes, "routes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The channel observed. */
    public Channel delegate() {
        return delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public void start() {
        delegate.start();
    }

    @Override
    public SendResult send(OutboundMessage message) {
        SendResult result = delegate.send(message);
        try {
            health.record(name(), result);
            if (result instanceof SendResult.Accepted) {
                String id = message.id().toString();
                Optional<PlannedRoute> route = routes.planned(id, name());
                if (route.isPresent()) {
                    routes.sent(id, route.get(), clock.instant());
                    log.info(
                            "message={} channel={} sent path=\"{}\" cost_micros={}",
                            id,
                            name(),
                            route.get().path(),
                            route.get().costMicros());
                } else {
                    log.warn("message={} channel={} accepted without a planned route; cost not recorded", id, name());
                }
            }
        } catch (RuntimeException e) {
            log.error("message={} channel={} route not recorded", message.id(), name(), e);
        }
        return result;
    }

    @Override
    public ChannelHealth health() {
        return delegate.health();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
