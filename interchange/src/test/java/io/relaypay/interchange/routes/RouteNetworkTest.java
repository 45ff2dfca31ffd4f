package io.relaypay.interchange.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.routing.cost.CostModel;
import io.relaypay.routing.graph.ControllerKind;
import io.relaypay.routing.graph.Health;
import io.relaypay.routing.graph.MessageKind;
import io.relaypay.routing.graph.PricePoint;
import io.relaypay.routing.graph.ReachChannel;
import io.relaypay.routing.graph.RouteDecision;
import io.relaypay.routing.graph.RouteRequest;
import io.relaypay.routing.graph.ServiceType;
import io.relaypay.routing.graph.Usage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The simulator's network as configuration describes it, built into routing's graph. */
class RouteNetworkTest {

    static final CarrierSpec NORTHWIND =
            new CarrierSpec("northwind", List.of("+49151", "49160"), "EUR", List.of(99L, 199L), 300);
    static final CarrierSpec BLUEWAVE = new CarrierSpec("bluewave", List.of("+49176"), "EUR", List.of(99L), 350);

    static ControllerSpec controller(String name, long micros, boolean premium, String... carriers) {
        return new ControllerSpec(
                name,
                name,
                ControllerKind.SMSC,
                CostModel.flat(micros),
                List.of(carriers),
                Set.of(ServiceType.SMS),
                premium,
                0,
                0);
    }

    static RouteNetwork demo() {
        return RouteNetwork.build(
                List.of(NORTHWIND, BLUEWAVE),
                Map.of("+4915199999999", "bluewave"),
                List.of(
                        controller("smsc-north", 3500, false, "northwind"),
                        controller("smsc-hub", 6000, true, "northwind", "bluewave")));
    }

    static RouteDecision.Routed route(RouteNetwork network, RouteRequest request) {
        return (RouteDecision.Routed) network.router().route(request, Usage.NONE, Health.ALL_UP);
    }

    @Test
    void aNorthwindNumberGoesThroughTheCheapestSmscWithTheHubAsFallback() {
        var routed = route(demo(), RouteRequest.of("+4915112345671", ServiceType.SMS, MessageKind.CONFIRMATION));

        assertThat(routed.chosen().path().toString()).isEqualTo("interchange → smsc-north → carrier:northwind → phone");
        assertThat(routed.chosen().costMicros()).isEqualTo(3500);
        assertThat(routed.fallbacks())
                .singleElement()
                .satisfies(f -> assertThat(f.costMicros()).isEqualTo(6000));
    }

    @Test
    void aRangeWrittenWithoutItsPlusStillCountsAsAPrefix() {
        assertThat(demo().carrierOf("+4916012345678")).contains("northwind");
    }

    @Test
    void aPortedNumberFollowsItsNewCarrier() {
        var routed = route(demo(), RouteRequest.of("+4915199999999", ServiceType.SMS, MessageKind.NOTIFICATION));

        assertThat(routed.chosen().path().controllers())
                .extracting(c -> c.name())
                .containsExactly("smsc-hub");
        assertThat(routed.fallbacks()).isEmpty();
    }

    @Test
    void aPremiumMessageTakesOnlyAPathThatBillsAndPaysTheCarriersShare() {
        var routed = route(
                demo(),
                RouteRequest.premium(
                        "+4915112345671", ServiceType.SMS, new PricePoint(199 * RouteNetwork.microsPerMinor("EUR"))));

        assertThat(routed.chosen().path().controllers())
                .extracting(c -> c.name())
                .containsExactly("smsc-hub");
        // 6000 for the hub plus northwind's 30 % of 1.99 EUR.
        assertThat(routed.chosen().costMicros()).isEqualTo(6000 + 597_000);
    }

    @Test
    void plannedRoutesNameTheirChannelCarrierAndEdges() {
        var routed = route(demo(), RouteRequest.of("+4915112345671", ServiceType.SMS, MessageKind.CONFIRMATION));

        PlannedRoute planned = PlannedRoute.of(routed.chosen(), "smsc-north");

        assertThat(planned.carrier()).contains("northwind");
        assertThat(planned.edges()).containsExactly("smsc-north", "smsc-north>northwind", "northwind>phone");
        assertThat(planned.entryController()).isEqualTo("smsc-north");
    }

    static RouteNetwork withAgent() {
        return RouteNetwork.build(
                List.of(NORTHWIND, BLUEWAVE),
                Map.of(),
                List.of(
                        controller("smsc-north", 3500, true, "northwind"),
                        new ControllerSpec(
                                "agent-push",
                                "agent-push",
                                ControllerKind.AGENT_PUSH,
                                CostModel.free(),
                                List.of(),
                                Set.of(ServiceType.SMS),
                                false,
                                0,
                                0)));
    }

    @Test
    void aPhoneWithAnEnrolledAgentGetsConfirmationsFreeOverTheAgentWithSmsAsFallback() {
        var routed = route(
                withAgent(),
                RouteRequest.of("+4915112345671", ServiceType.SMS, MessageKind.CONFIRMATION)
                        .reachableOver(ReachChannel.CELLULAR, ReachChannel.AGENT_INTERNET));

        assertThat(routed.chosen().path().toString()).isEqualTo("interchange → agent-push → phone");
        assertThat(routed.chosen().costMicros()).isZero();
        PlannedRoute planned = PlannedRoute.of(routed.chosen(), "agent-push");
        assertThat(planned.carrier()).isEmpty();
        assertThat(planned.edges()).containsExactly("agent-push", "agent-push>phone");
        assertThat(routed.fallbacks())
                .singleElement()
                .satisfies(f -> assertThat(f.path().channel()).isEqualTo(ReachChannel.CELLULAR));
    }

    @Test
    void aPhoneWithoutAnAgentAndEveryPremiumMessageGoOverCellular() {
        var plain = route(withAgent(), RouteRequest.of("+4915112345671", ServiceType.SMS, MessageKind.CONFIRMATION));
        var premium = route(
                withAgent(),
                RouteRequest.premium(
                                "+4915112345671",
                                ServiceType.SMS,
                                new PricePoint(199 * RouteNetwork.microsPerMinor("EUR")))
                        .reachableOver(ReachChannel.CELLULAR, ReachChannel.AGENT_INTERNET));

        assertThat(plain.chosen().path().channel()).isEqualTo(ReachChannel.CELLULAR);
        assertThat(premium.chosen().path().channel()).isEqualTo(ReachChannel.CELLULAR);
        assertThat(premium.fallbacks()).isEmpty();
    }

    @Test
    void anAgentPushControllerWithCarriersOrPremiumIsRefused() {
        assertThatThrownBy(() -> new ControllerSpec(
                        "agent-push",
                        "agent-push",
                        ControllerKind.AGENT_PUSH,
                        CostModel.free(),
                        List.of("northwind"),
                        Set.of(ServiceType.SMS),
                        false,
                        0,
                        0))
                .hasMessageContaining("reaches the phone directly");
    }

    @Test
    void aControllerNamingAnUnknownCarrierIsRefused() {
        assertThatThrownBy(() -> RouteNetwork.build(
                        List.of(NORTHWIND), Map.of(), List.of(controller("smsc-x", 1, false, "southwind"))))
                .hasMessageContaining("controller smsc-x names unknown carrier southwind");
    }

    @Test
    void twoCarriersClaimingOneRangeAreRefused() {
        var other = new CarrierSpec("other", List.of("+49151"), "EUR", List.of(), 0);

        assertThatThrownBy(() -> RouteNetwork.build(List.of(NORTHWIND, other), Map.of(), List.of()))
                .hasMessageContaining("+49151 belongs to both northwind and other");
    }

    @Test
    void euroMinorUnitsAreTenThousandMicros() {
        assertThat(RouteNetwork.microsPerMinor("EUR")).isEqualTo(10_000);
        assertThat(RouteNetwork.microsPerMinor("JPY")).isEqualTo(1_000_000);
    }
}
