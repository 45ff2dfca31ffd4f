package io.relaypay.routing.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.routing.cost.CostModel;
import io.relaypay.routing.cost.UsageCounters;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeastCostRouterTest {

    private static final Node.Controller AGGREGATOR = new Node.Controller("agg", ControllerKind.AGGREGATOR);
    private static final Node.Controller SMSC_A = new Node.Controller("smsc-a", ControllerKind.SMSC);
    private static final Node.Controller AGENT = new Node.Controller("agent", ControllerKind.AGENT_PUSH);
    private static final Node.Carrier CARRIER_A = new Node.Carrier("a");
    private static final Node.Carrier CARRIER_B = new Node.Carrier("b");
    private static final PricePoint TWO = new PricePoint(2_000_000);
    private static final String NUMBER_A = "+447700900123";
    private static final String PORTED_TO_B = "+447700900999";

    private static Capabilities sms(String... carriers) {
        return Capabilities.carrying(ServiceType.SMS).reaching(CarrierReach.only(carriers));
    }

    /**
     * interchange → smsc-a → carrier a → phone (direct, flat 30000, bills premium 2.00 keeping 40%),
     * interchange → agg → smsc-a → ... (subscription, 10000 over quota), agg → carrier b,
     * interchange → agent → phone (IM only, free).
     */
    private static RouteGraph graph() {
        Billing billing = new Billing(Set.of(TWO), 400);
        Billing aggregatorBilling = new Billing(Set.of(TWO), 100);
        return RouteGraph.builder()
                .numberPlan(new NumberPlan(Map.of("+4477", "a"), Map.of(PORTED_TO_B, "b")))
                .edge("ix-smsc", Node.INTERCHANGE, SMSC_A, CostModel.flat(30_000), sms("a").billing(billing))
                .edge(
                        "ix-agg",
                        Node.INTERCHANGE,
                        AGGREGATOR,
                        CostModel.subscription(100, 10_000),
                        sms("a", "b").billing(aggregatorBilling))
                .edge("agg-smsc", AGGREGATOR, SMSC_A, CostModel.free(), sms("a").billing(aggregatorBilling))
                .edge("agg-b", AGGREGATOR, CARRIER_B, CostModel.flat(5_000), sms("b"))
                .edge("smsc-a-net", SMSC_A, CARRIER_A, CostModel.free(), sms("a").billing(billing))
                .edge("a-phone", CARRIER_A, Node.PHONE, CostModel.free(), sms("a").billing(billing))
                .edge("b-phone", CARRIER_B, Node.PHONE, CostModel.free(), sms("b"))
                .edge("ix-agent", Node.INTERCHANGE, AGENT, CostModel.free(), Capabilities.carrying(ServiceType.IM))
                .edge("agent-phone", AGENT, Node.PHONE, CostModel.free(), Capabilities.carrying(ServiceType.IM))
                .build();
    }

    private final LeastCostRouter router = new LeastCostRouter(graph());

    private RouteDecision.Routed routed(RouteRequest request, Usage usage, Health health) {
        RouteDecision decision = router.route(request, usage, health);
        assertThat(decision).as(decision.explain()).isInstanceOf(RouteDecision.Routed.class);
        return (RouteDecision.Routed) decision;
    }

    @Test
    void withinTheQuotaTheMultiHopAggregatorPathIsCheapest() {
        var decision =
                routed(RouteRequest.of(NUMBER_A, ServiceType.SMS, MessageKind.CONFIRMATION), Usage.NONE, Health.ALL_UP);

        assertThat(decision.chosen().path()).hasToString("interchange → agg → smsc-a → carrier:a → phone");
        assertThat(decision.chosen().costMicros()).isZero();
        assertThat(decision.fallbacks()).extracting(RouteOption::costMicros).containsExactly(30_000L);
    }

    @Test
    void pastTheQuotaTheAggregatorCostsItsOverage() {
        Usage usage = new Usage(Map.of("ix-agg", new UsageCounters(100)), Map.of());
        var decision =
                routed(RouteRequest.of(NUMBER_A, ServiceType.SMS, MessageKind.NOTIFICATION), usage, Health.ALL_UP);

        assertThat(decision.chosen().costMicros()).isEqualTo(10_000);
    }

    @Test
    void premiumCostIncludesEachHopsShareOfThePricePoint() {
        var decision = routed(RouteRequest.premium(NUMBER_A, ServiceType.SMS, TWO), Usage.NONE, Health.ALL_UP);

        // Direct: 30000 + 3 hops keeping 40% of 2.00 = 30000 + 3 * 800000.
        // Aggregator: 0 + 2 hops at 10% + 2 hops at 40% = 2 * 200000 + 2 * 800000.
        assertThat(decision.chosen().path().controllers()).containsExactly(AGGREGATOR, SMSC_A);
        assertThat(decision.chosen().costMicros()).isEqualTo(2_000_000);
        assertThat(decision.fallbacks()).extracting(RouteOption::costMicros).containsExactly(2_430_000L);
    }

    @Test
    void aPricePointNoHopBillsLeavesNoRoute() {
        RouteDecision decision = router.route(
                RouteRequest.premium(NUMBER_A, ServiceType.SMS, new PricePoint(5_000_000)), Usage.NONE, Health.ALL_UP);

        assertThat(decision).isInstanceOf(RouteDecision.NoRoute.class);
        assertThat(decision.excluded())
                .extracting(Exclusion::reason)
                .containsOnly(Exclusion.Reason.PRICE_POINT_NOT_BILLED, Exclusion.Reason.CHANNEL_NOT_REPORTED)
                .contains(Exclusion.Reason.PRICE_POINT_NOT_BILLED);
        assertThat(decision.explain()).contains("no route").contains("PRICE_POINT_NOT_BILLED");
    }

    @Test
    void aPortedNumberFollowsItsNewCarrier() {
        var decision = routed(
                RouteRequest.of(PORTED_TO_B, ServiceType.SMS, MessageKind.CONFIRMATION), Usage.NONE, Health.ALL_UP);

        assertThat(decision.carrier()).contains("b");
        assertThat(decision.chosen().path()).hasToString("interchange → agg → carrier:b → phone");
        assertThat(decision.fallbacks()).isEmpty();
    }

    @Test
    void anOpenCircuitIsSkippedAndExplained() {
        var decision = routed(
                RouteRequest.of(NUMBER_A, ServiceType.SMS, MessageKind.CONFIRMATION),
                Usage.NONE,
                new Health(Set.of("agg")));

        assertThat(decision.chosen().path().controllers()).containsExactly(SMSC_A);
        assertThat(decision.excluded())
                .filteredOn(exclusion -> exclusion.reason() != Exclusion.Reason.CHANNEL_NOT_REPORTED)
                .singleElement()
                .satisfies(exclusion -> {
                    assertThat(exclusion.reason()).isEqualTo(Exclusion.Reason.CIRCUIT_OPEN);
                    assertThat(exclusion.at()).isEqualTo("agg");
                });
        assertThat(decision.explain())
                .contains("chosen: interchange → smsc-a → carrier:a → phone cost=30000")
                .contains("excluded: interchange → agg → smsc-a → carrier:a → phone: CIRCUIT_OPEN at agg");
    }

    @Test
    void anEdgeAtItsRateLimitIsSkipped() {
        RouteGraph limited = RouteGraph.builder()
                .edge(
                        "ix-agent",
                        Node.INTERCHANGE,
                        AGENT,
                        CostModel.free(),
                        Capabilities.carrying(ServiceType.IM).limitedTo(5))
                .edge("agent-phone", AGENT, Node.PHONE, CostModel.free(), Capabilities.carrying(ServiceType.IM))
                .build();
        RouteDecision decision = new LeastCostRouter(limited)
                .route(
                        RouteRequest.of(NUMBER_A, ServiceType.IM, MessageKind.NOTIFICATION)
                                .reachableOver(ReachChannel.AGENT_INTERNET),
                        new Usage(Map.of(), Map.of("ix-agent", 5)),
                        Health.ALL_UP);

        assertThat(decision.excluded()).extracting(Exclusion::reason).containsExactly(Exclusion.Reason.THROTTLED);
    }

    @Test
    void theServiceTypeSelectsTheAgentForInstantMessages() {
        var decision = routed(
                RouteRequest.of(NUMBER_A, ServiceType.IM, MessageKind.NOTIFICATION)
                        .reachableOver(ReachChannel.CELLULAR, ReachChannel.AGENT_INTERNET),
                Usage.NONE,
                Health.ALL_UP);

        assertThat(decision.chosen().path()).hasToString("interchange → agent → phone");
        assertThat(decision.excluded())
                .extracting(Exclusion::reason)
                .containsOnly(Exclusion.Reason.SERVICE_NOT_CARRIED);
    }

    @Test
    void aNumberNoRangeCoversCanStillTakeCarrierIndependentPaths() {
        var decision = routed(
                RouteRequest.of("+15551234567", ServiceType.IM, MessageKind.NOTIFICATION)
                        .reachableOver(ReachChannel.AGENT_INTERNET),
                Usage.NONE,
                Health.ALL_UP);

        assertThat(decision.carrier()).isEmpty();
        assertThat(decision.chosen().path().carrier()).isEmpty();
    }
}
