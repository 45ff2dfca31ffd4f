package io.relaypay.routing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.routing.cost.CostModel;
import io.relaypay.routing.graph.Capabilities;
import io.relaypay.routing.graph.CarrierReach;
import io.relaypay.routing.graph.ControllerKind;
import io.relaypay.routing.graph.Health;
import io.relaypay.routing.graph.LeastCostRouter;
import io.relaypay.routing.graph.MessageKind;
import io.relaypay.routing.graph.Node;
import io.relaypay.routing.graph.NumberPlan;
import io.relaypay.routing.graph.ReachChannel;
import io.relaypay.routing.graph.RouteDecision;
import io.relaypay.routing.graph.RouteGraph;
import io.relaypay.routing.graph.RouteRequest;
import io.relaypay.routing.graph.ServiceType;
import io.relaypay.routing.graph.Usage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostReportTest {

    private static final Node.Controller AGGREGATOR = new Node.Controller("agg", ControllerKind.AGGREGATOR);
    private static final Node.Controller SMSC = new Node.Controller("smsc-a", ControllerKind.SMSC);
    private static final Node.Carrier CARRIER = new Node.Carrier("a");
    private static final Instant MORNING = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant NEXT_DAY = Instant.parse("2026-11-24T08:00:00Z");

    private static Capabilities sms() {
        return Capabilities.carrying(ServiceType.SMS).reaching(CarrierReach.only("a"));
    }

    /** interchange → agg (flat 20000) → smsc-a → carrier a → phone, and interchange → smsc-a (flat 30000). */
    private final LeastCostRouter router = new LeastCostRouter(RouteGraph.builder()
            .numberPlan(new NumberPlan(Map.of("+4477", "a"), Map.of()))
            .edge("ix-agg", Node.INTERCHANGE, AGGREGATOR, CostModel.flat(20_000), sms())
            .edge("agg-smsc", AGGREGATOR, SMSC, CostModel.free(), sms())
            .edge("ix-smsc", Node.INTERCHANGE, SMSC, CostModel.flat(30_000), sms())
            .edge("smsc-net", SMSC, CARRIER, CostModel.free(), sms())
            .edge("a-phone", CARRIER, Node.PHONE, CostModel.free(), sms())
            .build());

    private RouteDecision.Routed route() {
        return (RouteDecision.Routed) router.route(
                RouteRequest.of("+447700900123", ServiceType.SMS, MessageKind.NOTIFICATION), Usage.NONE, Health.ALL_UP);
    }

    @Test
    void aSentRouteRecordsTheControllersInOrderTheCarrierAndThePricedCost() {
        SentRoute sent = SentRoute.of("msg_1", route().chosen(), MORNING);

        assertThat(sent.controllers()).containsExactly("agg", "smsc-a");
        assertThat(sent.entryController()).isEqualTo("agg");
        assertThat(sent.carrier()).contains("a");
        assertThat(sent.costMicros()).isEqualTo(20_000);
    }

    @Test
    void theReportTotalsPerEntryControllerAndPerCarrierByDay() {
        var decision = route();
        var routes = List.of(
                SentRoute.of("msg_1", decision.chosen(), MORNING),
                SentRoute.of("msg_2", decision.chosen(), MORNING),
                SentRoute.of("msg_3", decision.fallbacks().getFirst(), MORNING),
                SentRoute.of("msg_4", decision.chosen(), NEXT_DAY));

        CostReport report = CostReport.of(routes, ZoneId.of("UTC"));

        LocalDate first = LocalDate.parse("2026-11-23");
        assertThat(report.byController().get(first))
                .containsExactly(
                        Map.entry("agg", new CostTotal(2, 40_000)), Map.entry("smsc-a", new CostTotal(1, 30_000)));
        assertThat(report.byCarrier().get(first)).containsExactly(Map.entry("a", new CostTotal(3, 70_000)));
        assertThat(report.byController().get(LocalDate.parse("2026-11-24")))
                .containsExactly(Map.entry("agg", new CostTotal(1, 20_000)));
    }

    @Test
    void aMessageTheAgentDeliveredCountsForItsControllerButForNoCarrier() {
        Node.Controller agent = new Node.Controller("agent-push", ControllerKind.AGENT_PUSH);
        LeastCostRouter withAgent = new LeastCostRouter(RouteGraph.builder()
                .numberPlan(new NumberPlan(Map.of("+4477", "a"), Map.of()))
                .edge("agent-push", Node.INTERCHANGE, agent, CostModel.free(), Capabilities.carrying(ServiceType.SMS))
                .edge("agent-push>phone", agent, Node.PHONE, CostModel.free(), Capabilities.carrying(ServiceType.SMS))
                .build());
        var decision = (RouteDecision.Routed) withAgent.route(
                RouteRequest.of("+447700900123", ServiceType.SMS, MessageKind.CONFIRMATION)
                        .reachableOver(ReachChannel.CELLULAR, ReachChannel.AGENT_INTERNET),
                Usage.NONE,
                Health.ALL_UP);

        SentRoute sent = SentRoute.of("msg_1", decision.chosen(), MORNING);
        CostReport report = CostReport.of(List.of(sent), ZoneId.of("UTC"));

        assertThat(sent.carrier()).isEmpty();
        assertThat(report.byController().get(LocalDate.parse("2026-11-23")))
                .containsExactly(Map.entry("agent-push", new CostTotal(1, 0)));
        assertThat(report.byCarrier()).isEmpty();
    }

    @Test
    void daysFollowTheReportsTimeZone() {
        var late = SentRoute.of("msg_1", route().chosen(), Instant.parse("2026-11-23T23:30:00Z"));

        CostReport berlin = CostReport.of(List.of(late), ZoneId.of("Europe/Berlin"));

        assertThat(berlin.byCarrier()).containsOnlyKeys(LocalDate.parse("2026-11-24"));
    }

    @Test
    void aRouteWithoutControllersOrWithNegativeCostIsRefused() {
        assertThatThrownBy(() -> new SentRoute("m", List.of(), "a", 1, MORNING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SentRoute("m", List.of("agg"), "a", -1, MORNING))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
