package io.relaypay.routing.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.routing.cost.CostModel;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The router uses only final hops over channels the phone reported; only cellular bills. */
class ReachChannelRoutingTest {

    private static final Node.Controller SMSC = new Node.Controller("smsc-a", ControllerKind.SMSC);
    private static final Node.Controller AGENT = new Node.Controller("agent", ControllerKind.AGENT_PUSH);
    private static final Node.Controller MAIL = new Node.Controller("mail", ControllerKind.EMAIL_GATEWAY);
    private static final Node.Carrier CARRIER = new Node.Carrier("a");
    private static final PricePoint TWO = new PricePoint(2_000_000);
    private static final String NUMBER = "+447700900123";

    /** Short texts (confirmation codes) the agent shows like an SMS. */
    private static final Capabilities TEXT = Capabilities.carrying(ServiceType.SMS, ServiceType.IM);

    /**
     * interchange → smsc-a → carrier:a → phone (cellular, 30000, bills 2.00 keeping 10%);
     * interchange → agent → phone (the enrolled agent over the internet, free) and agent → phone over
     * a Bluetooth relay (1000).
     */
    private static final LeastCostRouter ROUTER = new LeastCostRouter(RouteGraph.builder()
            .numberPlan(new NumberPlan(Map.of("+4477", "a"), Map.of()))
            .edge("ix-smsc", Node.INTERCHANGE, SMSC, CostModel.flat(30_000), billing(TEXT))
            .edge("smsc-net", SMSC, CARRIER, CostModel.free(), billing(TEXT))
            .edge("net-phone", CARRIER, Node.PHONE, CostModel.free(), billing(TEXT))
            .edge("ix-agent", Node.INTERCHANGE, AGENT, CostModel.free(), TEXT)
            .edge("agent-phone", AGENT, Node.PHONE, CostModel.free(), TEXT)
            .edge("agent-bt", AGENT, Node.PHONE, CostModel.flat(1_000), TEXT, ReachChannel.BLUETOOTH_RELAY)
            .build());

    private static Capabilities billing(Capabilities capabilities) {
        return capabilities.billing(new Billing(Set.of(TWO), 100));
    }

    private static RouteRequest confirmation() {
        return RouteRequest.of(NUMBER, ServiceType.SMS, MessageKind.CONFIRMATION);
    }

    private static RouteDecision route(RouteRequest request) {
        return ROUTER.route(request, Usage.NONE, Health.ALL_UP);
    }

    private static RouteDecision.Routed routed(RouteRequest request) {
        RouteDecision decision = route(request);
        assertThat(decision).as(decision.explain()).isInstanceOf(RouteDecision.Routed.class);
        return (RouteDecision.Routed) decision;
    }

    @Test
    void aPhoneWithTheAgentEnrolledGetsConfirmationsOverTheFreeAgentPath() {
        var decision = routed(confirmation().reachableOver(ReachChannel.CELLULAR, ReachChannel.AGENT_INTERNET));

        assertThat(decision.chosen().path()).hasToString("interchange → agent → phone");
        assertThat(decision.chosen().path().channel()).isEqualTo(ReachChannel.AGENT_INTERNET);
        assertThat(decision.chosen().costMicros()).isZero();
        assertThat(decision.fallbacks()).extracting(o -> o.path().channel()).containsExactly(ReachChannel.CELLULAR);
    }

    @Test
    void aPhoneWithoutTheAgentGetsConfirmationsOverCellularAndExplainSaysWhy() {
        var decision = routed(confirmation());

        assertThat(decision.chosen().path()).hasToString("interchange → smsc-a → carrier:a → phone");
        assertThat(decision.chosen().costMicros()).isEqualTo(30_000);
        assertThat(decision.excluded())
                .extracting(Exclusion::reason)
                .containsOnly(Exclusion.Reason.CHANNEL_NOT_REPORTED)
                .hasSize(2);
        assertThat(decision.explain())
                .contains("reachable over [CELLULAR]")
                .contains("excluded: interchange → agent → phone: CHANNEL_NOT_REPORTED at agent-phone (AGENT_INTERNET)")
                .contains("excluded: interchange → agent → phone: CHANNEL_NOT_REPORTED at agent-bt (BLUETOOTH_RELAY)");
    }

    @Test
    void aPhoneReachableOnlyThroughARelayGetsTheRelayPath() {
        var decision = routed(confirmation().reachableOver(ReachChannel.BLUETOOTH_RELAY));

        assertThat(decision.chosen().path().edges()).last().extracting(Edge::id).isEqualTo("agent-bt");
        assertThat(decision.chosen().costMicros()).isEqualTo(1_000);
        assertThat(decision.fallbacks()).isEmpty();
    }

    @Test
    void premiumMessagesGoCellularEvenWhenTheFreeAgentIsReported() {
        var decision = routed(RouteRequest.premium(NUMBER, ServiceType.SMS, TWO)
                .reachableOver(ReachChannel.CELLULAR, ReachChannel.AGENT_INTERNET, ReachChannel.BLUETOOTH_RELAY));

        assertThat(decision.chosen().path().channel()).isEqualTo(ReachChannel.CELLULAR);
        assertThat(decision.fallbacks()).isEmpty();
        assertThat(decision.excluded()).extracting(Exclusion::reason).containsOnly(Exclusion.Reason.CANNOT_BILL);
    }

    @Test
    void aPremiumMessageToAPhoneOffCellularHasNoRoute() {
        RouteDecision decision =
                route(RouteRequest.premium(NUMBER, ServiceType.SMS, TWO).reachableOver(ReachChannel.AGENT_INTERNET));

        assertThat(decision).isInstanceOf(RouteDecision.NoRoute.class);
        assertThat(decision.excluded())
                .extracting(Exclusion::reason)
                .containsExactlyInAnyOrder(
                        Exclusion.Reason.CHANNEL_NOT_REPORTED,
                        Exclusion.Reason.CHANNEL_NOT_REPORTED,
                        Exclusion.Reason.CANNOT_BILL);
    }

    @Test
    void aPhoneThatReportedNoChannelCannotBeReached() {
        RouteDecision decision = route(confirmation().reachableOver(Set.of()));

        assertThat(decision).isInstanceOf(RouteDecision.NoRoute.class);
        assertThat(decision.excluded())
                .hasSize(3)
                .extracting(Exclusion::reason)
                .containsOnly(Exclusion.Reason.CHANNEL_NOT_REPORTED);
    }

    @Test
    void requestsWithoutAReportAssumeCellularOnly() {
        assertThat(confirmation().reachable()).containsExactly(ReachChannel.CELLULAR);
        assertThat(RouteRequest.premium(NUMBER, ServiceType.SMS, TWO).reachable())
                .isEqualTo(RouteRequest.CELLULAR_ONLY);
    }

    @Test
    void hopsIntoThePhoneTakeTheChannelTheirStartImplies() {
        Edge fromCarrier = new Edge("n", CARRIER, Node.PHONE, CostModel.free(), TEXT);
        Edge fromAgent = new Edge("g", AGENT, Node.PHONE, CostModel.free(), TEXT);
        Edge intoController = new Edge("c", Node.INTERCHANGE, SMSC, CostModel.free(), TEXT);

        assertThat(fromCarrier.channel()).contains(ReachChannel.CELLULAR);
        assertThat(fromAgent.channel()).contains(ReachChannel.AGENT_INTERNET);
        assertThat(intoController.channel()).isEmpty();
    }

    @Test
    void anAgentOrRelayHopCannotBill() {
        assertThatThrownBy(() -> new Edge("g", AGENT, Node.PHONE, CostModel.free(), billing(TEXT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only cellular bills");
        assertThatThrownBy(() ->
                        new Edge("r", AGENT, Node.PHONE, CostModel.free(), billing(TEXT), ReachChannel.DOCK_RELAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only cellular bills");
    }

    @Test
    void aChannelTheHopsStartCannotUseIsRejected() {
        assertThatThrownBy(
                        () -> new Edge("n", CARRIER, Node.PHONE, CostModel.free(), TEXT, ReachChannel.AGENT_INTERNET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("carrier:a cannot reach the phone over AGENT_INTERNET");
        assertThatThrownBy(() -> new Edge("g", AGENT, Node.PHONE, CostModel.free(), TEXT, ReachChannel.CELLULAR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmailGatewaysHopIntoThePhoneMustNameItsChannel() {
        assertThatThrownBy(() -> new Edge("m", MAIL, Node.PHONE, CostModel.free(), TEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("declare its reach channel");
        assertThat(new Edge("m", MAIL, Node.PHONE, CostModel.free(), TEXT, ReachChannel.AGENT_INTERNET).channel())
                .contains(ReachChannel.AGENT_INTERNET);
    }

    @Test
    void onlyHopsIntoThePhoneHaveAChannel() {
        assertThatThrownBy(() -> new Edge("c", Node.INTERCHANGE, SMSC, CostModel.free(), TEXT, ReachChannel.CELLULAR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no reach channel");
    }
}
