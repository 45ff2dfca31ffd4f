package io.relaypay.interchange.config;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.messages.ChannelCatalog;
import io.relaypay.interchange.messages.ControllerHealth;
import io.relaypay.interchange.messages.InboundRouter;
import io.relaypay.interchange.messages.MessageSender;
import io.relaypay.interchange.messages.ObservedChannel;
import io.relaypay.interchange.messages.ReachChannels;
import io.relaypay.interchange.messages.ReplyListener;
import io.relaypay.interchange.messages.RouteRecords;
import io.relaypay.interchange.messages.RoutedMessageSender;
import io.relaypay.interchange.messages.SendSettings;
import io.relaypay.interchange.messages.UsageBook;
import io.relaypay.interchange.messages.internal.JdbcReplyLedger;
import io.relaypay.interchange.messages.internal.JdbcRouteRecords;
import io.relaypay.interchange.messages.internal.LifecyclePart;
import io.relaypay.interchange.messages.internal.Periodic;
import io.relaypay.interchange.messages.internal.SpringTransactionJoin;
import io.relaypay.interchange.routes.ControllerSpec;
import io.relaypay.interchange.routes.RouteNetwork;
import io.relaypay.messaging.Sender;
import io.relaypay.messaging.channel.Channel;
import io.relaypay.messaging.channel.ChannelFactory;
import io.relaypay.messaging.outbox.Outbox;
import io.relaypay.messaging.outbox.OutboxDispatcher;
import io.relaypay.messaging.outbox.OutboxJanitor;
import io.relaypay.messaging.smpp.SmppChannelFactory;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Messaging and routing wired into the interchange: channels from {@code relaypay.channels}, the
 * route graph from {@code relaypay.routing}, the outbox on the interchange's database with its
 * dispatcher and janitor, inbound events to the outbox and the {@link ReplyListener}s, and the
 * {@link MessageSender} that routes by least cost.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ChannelProperties.class, MessagingProperties.class, RoutingProperties.class})
class MessagingConfig {

    private static final Logger log = LoggerFactory.getLogger(MessagingConfig.class);

    @Bean
    RouteNetwork routeNetwork(RoutingProperties routing, ChannelProperties channels) {
        RouteNetwork network = RouteNetwork.build(routing.carrierSpecs(), routing.ported(), routing.controllerSpecs());
        for (ControllerSpec controller : network.controllers().values()) {
            if (!channels.channels().containsKey(controller.channel())) {
                throw new IllegalStateException("relaypay.routing.controllers." + controller.name() + " uses channel "
                        + controller.channel() + ", which relaypay.channels does not configure; configured: "
                        + channels.channels().keySet());
            }
        }
        Set<String> routed = network.controllers().values().stream()
                .map(ControllerSpec::channel)
                .collect(Collectors.toSet());
        channels.channels().keySet().stream()
                .filter(name -> !routed.contains(name))
                .forEach(name -> log.warn("channel={} is configured but no controller routes through it", name));
        return network;
    }

    @Bean
    Outbox outbox(DataSource dataSource, Clock clock) {
        return Outbox.open(dataSource, clock, new SpringTransactionJoin(dataSource));
    }

    @Bean
    RouteRecords routeRecords(JdbcClient jdbc, Ids ids) {
        return new JdbcRouteRecords(jdbc, ids);
    }

    @Bean
    InboundRouter inboundRouter(
            Outbox outbox,
            JdbcClient jdbc,
            ObjectProvider<ReplyListener> listeners,
            ChannelProperties channels,
            MessagingProperties messaging,
            Ids ids) {
        Set<String> smpp = channels.channels().entrySet().stream()
                .filter(e -> SmppChannelFactory.KIND.equals(e.getValue().get(ChannelCatalog.KIND)))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return new InboundRouter(
                outbox,
                new JdbcReplyLedger(jdbc),
                () -> listeners.orderedStream().toList(),
                smpp,
                messaging.moDuplicateWindow(),
                ids);
    }

    // Channel kinds the interchange provides (agent-push) come as beans; the rest by ServiceLoader.
    @Bean
    ChannelCatalog channelCatalog(
            ChannelProperties channels, InboundRouter sink, Clock clock, ObjectProvider<ChannelFactory> provided) {
        return ChannelCatalog.create(
                channels.channels(), sink, clock, provided.orderedStream().toList());
    }

    @Bean
    ControllerHealth controllerHealth(
            RouteNetwork network, ChannelCatalog channels, RoutingProperties routing, Clock clock) {
        Map<String, String> channelByController = new LinkedHashMap<>();
        network.controllers().forEach((name, spec) -> channelByController.put(name, spec.channel()));
        return new ControllerHealth(
                channelByController, channels.bindHolding(), routing.breaker().policy(), clock);
    }

    @Bean
    UsageBook usageBook(RouteRecords routes, RoutingProperties routing, Clock clock) {
        return new UsageBook(routes::edgeCountsSince, clock, routing.zone(), routing.usageRefresh());
    }

    // Declared as the routed sender, not the port: deposits send premium charges through it even
    // where a test replaces the plain MessageSender.
    @Bean
    RoutedMessageSender messageSender(
            RouteNetwork network,
            ObjectProvider<ReachChannels> reach,
            UsageBook usage,
            ControllerHealth health,
            RouteRecords routes,
            Outbox outbox,
            MessagingProperties messaging,
            Clock clock) {
        SendSettings settings = new SendSettings(
                Sender.parse(messaging.sender()), messaging.confirmationValidity(), messaging.noticeValidity());
        return new RoutedMessageSender(
                network,
                reach.getIfAvailable(() -> ReachChannels.CELLULAR_ONLY),
                usage,
                health,
                routes,
                outbox,
                settings,
                clock);
    }

    // Closed by its lifecycle part, in order with the channels, not again by the context.
    @Bean(destroyMethod = "")
    OutboxDispatcher outboxDispatcher(
            Outbox outbox,
            ChannelCatalog channels,
            ControllerHealth health,
            RouteRecords routes,
            MessagingProperties messaging,
            Clock clock) {
        Map<String, Channel> observed = new LinkedHashMap<>();
        channels.channels()
                .forEach((name, channel) -> observed.put(name, new ObservedChannel(channel, health, routes, clock)));
        return new OutboxDispatcher(outbox, observed, messaging.outbox().settings(messaging.nodeName()));
    }

    @Bean
    OutboxJanitor outboxJanitor(Outbox outbox, MessagingProperties messaging) {
        return new OutboxJanitor(outbox, messaging.outbox().settings(messaging.nodeName()));
    }

    @Bean
    LifecyclePart messagingChannels(ChannelCatalog channels) {
        return new LifecyclePart(
                "channels",
                LifecyclePart.CHANNELS,
                () -> channels.channels().values().forEach(Channel::start),
                () -> channels.channels().values().forEach(Channel::close));
    }

    @Bean
    LifecyclePart messagingDispatcher(OutboxDispatcher dispatcher) {
        return new LifecyclePart("dispatcher", LifecyclePart.DISPATCHER, dispatcher::start, dispatcher::close);
    }

    @Bean
    LifecyclePart messagingJanitor(OutboxJanitor janitor, MessagingProperties messaging) {
        Periodic loop = new Periodic("outbox-janitor", messaging.outbox().janitorInterval(), () -> {
            OutboxJanitor.Report report = janitor.runOnce();
            if (!report.equals(new OutboxJanitor.Report(0, 0, 0, 0, 0, 0, 0))) {
                log.info("outbox janitor {}", report);
            }
        });
        return new LifecyclePart("janitor", LifecyclePart.JANITOR, loop::start, loop::stop);
    }
}
