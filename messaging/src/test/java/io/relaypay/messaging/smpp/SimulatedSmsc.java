package io.relaypay.messaging.smpp;

import static org.awaitility.Awaitility.await;

import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.MessageKind;
import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.messaging.PremiumPrice;
import io.relaypay.messaging.Sender;
import io.relaypay.simulator.CarrierConfig;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.simulator.SmscConfig;
import io.relaypay.simulator.SmscControl;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.UnaryOperator;
import org.awaitility.core.ConditionFactory;

/**
 * One simulated carrier network with one SMSC on an ephemeral loopback port, and an {@link
 * SmppChannel} bound to it that records every inbound event. Closes both.
 */
final class SimulatedSmsc implements AutoCloseable {
    static final String SMSC = "smsc-it";
    static final String PHONE = "+4915112345671";
    static final String OTHER_PHONE = "+4915112345672";
    static final String SHORT_CODE = "84444";

    final CarrierNetwork network;
    final SmppChannel channel;
    final Queue<InboundEvent> events = new ConcurrentLinkedQueue<>();

    private SimulatedSmsc(CarrierNetwork network, Map<String, String> channelSettings) {
        this.network = network;
        var settings = new HashMap<>(Map.of(
                "host", "127.0.0.1",
                "port", Integer.toString(network.smppPort(SMSC)),
                "system-id", "relaypay",
                "password", "secret",
                "reconnect-initial-delay", "50ms",
                "reconnect-max-delay", "500ms",
                "response-timeout", "2s",
                "enquire-link-interval", "5s",
                "receipt-match-wait", "1s"));
        settings.putAll(channelSettings);
        this.channel = new SmppChannel("smsc-it", SmppChannelConfig.from(settings), events::add, Clock.systemUTC());
    }

    /** Starts an SMSC shaped by {@code smsc} and a channel with extra {@code channelSettings}, bound. */
    static SimulatedSmsc start(UnaryOperator<SmscConfig.Builder> smsc, Map<String, String> channelSettings) {
        CarrierNetwork network = CarrierNetwork.start(SimulatorConfig.builder()
                .httpPort(0)
                .smtpPort(0)
                .carrier(new CarrierConfig(
                        "northwind", "EUR", List.of(99L, 199L), 30, List.of("+49151"), "sms.north.test"))
                .smsc(smsc.apply(SmscConfig.builder(SMSC).port(0).carriers("northwind"))
                        .build())
                .phone(PHONE, "northwind")
                .phone(OTHER_PHONE, "northwind")
                .redeliveryInterval(Duration.ofMillis(100))
                .build());
        var fixture = new SimulatedSmsc(network, channelSettings);
        fixture.channel.start();
        fixture.awaitBound();
        return fixture;
    }

    static SimulatedSmsc start() {
        return start(b -> b, Map.of());
    }

    SmscControl smsc() {
        return network.smsc(SMSC);
    }

    void awaitBound() {
        eventually().until(() -> channel.health().connected());
    }

    /**
     * Awaitility with a deadline. It keeps Awaitility's default of failing on any thread's uncaught
     * exception, so an error inside the channel or the simulated SMSC fails the test.
     */
    static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(20));
    }

    static OutboundMessage message(String text) {
        return OutboundMessage.to(PhoneNumber.of(PHONE))
                .from(Sender.parse(SHORT_CODE))
                .text(text)
                .build(Clock.systemUTC().instant());
    }

    static OutboundMessage premium(String text, long minor) {
        return OutboundMessage.to(PhoneNumber.of(PHONE))
                .from(Sender.parse(SHORT_CODE))
                .text(text)
                .premium(new PremiumPrice(minor, "EUR"))
                .build(Clock.systemUTC().instant());
    }

    <T extends InboundEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<InboundEvent.DeliveryReport> reportsFor(String controllerMessageId) {
        return events(InboundEvent.DeliveryReport.class).stream()
                .filter(r -> r.controllerMessageId().equals(controllerMessageId))
                .toList();
    }

    static boolean isPremium(OutboundMessage message) {
        return message.kind() == MessageKind.PREMIUM_CHARGE;
    }

    @Override
    public void close() {
        channel.close();
        network.close();
    }
}
