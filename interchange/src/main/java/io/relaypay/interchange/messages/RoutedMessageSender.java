package io.relaypay.interchange.messages;

import io.relaypay.interchange.routes.PlannedRoute;
import io.relaypay.interchange.routes.RouteNetwork;
import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.messaging.PremiumPrice;
import io.relaypay.messaging.outbox.Outbox;
import io.relaypay.routing.graph.Exclusion;
import io.relaypay.routing.graph.Health;
import io.relaypay.routing.graph.PricePoint;
import io.relaypay.routing.graph.RouteDecision;
import io.relaypay.routing.graph.RouteOption;
import io.relaypay.routing.graph.RouteRequest;
import io.relaypay.routing.graph.ServiceType;
import io.relaypay.routing.graph.Usage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a text by least cost: routing's {@code LeastCostRouter} prices every path that reaches the
 * phone's carrier with live usage and skips controllers whose circuit is open; the chosen path and
 * its fallbacks become the message's routes in the outbox (one per channel, cheapest first), and
 * each planned route is stored so the path a controller accepts can be recorded with its cost.
 *
 * <p>When every route is excluded only because circuits are open, the message is still accepted
 * over the routes as if all were up: the outbox retries with backoff until a controller recovers,
 * whereas refusing would fail a payment for an outage that may last seconds.
 */
public final class RoutedMessageSender implements MessageSender {

    private static final Logger log = LoggerFactory.getLogger(RoutedMessageSender.class);

    private final RouteNetwork network;
    private final ReachChannels reach;
    private final UsageBook usage;
    private final ControllerHealth health;
    private final RouteRecords routes;
    private final Outbox outbox;
    private final SendSettings settings;
    private final Clock clock;

    /** A sender over the given network, reach reports, counters, health, records and outbox. */
    public RoutedMessageSender(
            RouteNetwork network,
            ReachChannels reach,
            UsageBook usage,
            ControllerHealth health,
            RouteRecords routes,
            Outbox outbox,
            SendSettings settings,
            Clock clock) {
        this.network = Objects.requireNonNull(network, "network");
        this.reach = Objects.requireNonNull(reach, "reach");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.health = Objects.requireNonNull(health, "health");
        this.routes = Objects.requireNonNull(routes, "routes");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Routes over the channels the phone reported (an enrolled agent is a free route), except a
     * possession code, which goes over cellular only: it must reach the SIM it proves.
     */
    @Override
    public String send(PhoneMessage message) {
        PhoneNumber recipient = PhoneNumber.of(message.phoneNumber());
        boolean confirmation = message.purpose() == PhoneMessage.Purpose.CONFIRMATION
                || message.purpose() == PhoneMessage.Purpose.POSSESSION_CODE;
        RouteRequest request = RouteRequest.of(
                        recipient.e164(),
                        ServiceType.SMS,
                        confirmation
                                ? io.relaypay.routing.graph.MessageKind.CONFIRMATION
                                : io.relaypay.routing.graph.MessageKind.NOTIFICATION)
                .reachableOver(
                        message.purpose() == PhoneMessage.Purpose.POSSESSION_CODE
                                ? RouteRequest.CELLULAR_ONLY
                                : reach.reachChannels(recipient.e164()));
        Instant now = clock.instant();
        OutboundMessage.Builder builder = OutboundMessage.to(recipient)
                .id(MessageId.newId())
                .validUntil(now.plus(confirmation ? settings.confirmationValidity() : settings.noticeValidity()));
        return accept(message, request, confirmation ? builder.confirmation() : builder, now);
    }

    /**
     * Accepts a premium message that charges {@code price} to the phone bill when delivered, routed
     * only over paths whose every hop can bill that price point (the router excludes the others).
     * The caller fixes {@code id} before calling, so that after a crash it can ask the outbox whether
     * the message was accepted instead of sending a second charge.
     *
     * @return the message id
     * @throws NoRouteException when no billing route reaches the phone
     */
    public String sendPremium(PhoneMessage message, MessageId id, PremiumPrice price) {
        PhoneNumber recipient = PhoneNumber.of(message.phoneNumber());
        long micros = Math.multiplyExact(price.amountMinor(), RouteNetwork.microsPerMinor(price.currency()));
        RouteRequest request = RouteRequest.premium(recipient.e164(), ServiceType.SMS, new PricePoint(micros));
        Instant now = clock.instant();
        OutboundMessage.Builder builder =
                OutboundMessage.to(recipient).id(id).premium(price).validUntil(now.plus(settings.noticeValidity()));
        return accept(message, request, builder, now);
    }

    private String accept(PhoneMessage message, RouteRequest request, OutboundMessage.Builder builder, Instant now) {
        RouteDecision.Routed routed = route(request, message.correlationId());
        List<PlannedRoute> planned = plan(routed);
        OutboundMessage outbound = builder.from(settings.sender())
                .text(message.text())
                .correlation(Map.of(
                        "correlation",
                        message.correlationId(),
                        "purpose",
                        message.purpose().name()))
                .subject(message.correlationId())
                .build(now);
        MessageId id = outbound.id();
        // Planned routes first: the dispatcher may hand the message over the moment the outbox has it.
        routes.plan(id.toString(), planned);
        outbox.accept(outbound, planned.stream().map(PlannedRoute::channel).toList());
        usage.sent(planned.getFirst().edges());
        log.info(
                "message={} correlation={} purpose={} accepted route=\"{}\" cost_micros={} fallbacks={}",
                id,
                message.correlationId(),
                message.purpose(),
                planned.getFirst().path(),
                planned.getFirst().costMicros(),
                planned.size() - 1);
        return id.toString();
    }

    private RouteDecision.Routed route(RouteRequest request, String correlationId) {
        Usage now = usage.snapshot();
        RouteDecision decision = network.router().route(request, now, health.now());
        if (decision instanceof RouteDecision.NoRoute none && onlyCircuitsOpen(none)) {
            log.warn(
                    "correlation={} every route to carrier={} has an open circuit; queueing for when one recovers",
                    correlationId,
                    none.carrier().orElse("unknown"));
            decision = network.router().route(request, now, Health.ALL_UP);
        }
        return switch (decision) {
            case RouteDecision.Routed routed -> routed;
            case RouteDecision.NoRoute none -> {
                log.warn(
                        "correlation={} no route to carrier={}: {}",
                        correlationId,
                        none.carrier().orElse("unknown"),
                        none.explain().replace('\n', ';'));
                throw new NoRouteException(none.explain());
            }
        };
    }

    /**
     * Whether every path that reaches the phone over a channel it reported was excluded only by an
     * open circuit: paths over channels it did not report (the agent of a phone without one) are
     * no routes to it at all, so they neither count nor stop the wait for a circuit.
     */
    private static boolean onlyCircuitsOpen(RouteDecision.NoRoute none) {
        List<Exclusion> reachable = none.excluded().stream()
                .filter(e -> e.reason() != Exclusion.Reason.CHANNEL_NOT_REPORTED)
                .toList();
        return !reachable.isEmpty() && reachable.stream().allMatch(e -> e.reason() == Exclusion.Reason.CIRCUIT_OPEN);
    }

    /** One route per channel, cheapest first: the outbox moves on by channel, not by path. */
    private List<PlannedRoute> plan(RouteDecision.Routed routed) {
        List<RouteOption> options = new ArrayList<>();
        options.add(routed.chosen());
        options.addAll(routed.fallbacks());
        List<PlannedRoute> planned = new ArrayList<>();
        Set<String> channels = new HashSet<>();
        for (RouteOption option : options) {
            String channel =
                    network.channelOf(option.path().controllers().getFirst().name());
            if (channels.add(channel)) {
                planned.add(PlannedRoute.of(option, channel));
            }
        }
        return planned;
    }
}
