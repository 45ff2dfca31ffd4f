package io.relaypay.bench;

import io.relaypay.routing.cost.CostModel;
import io.relaypay.routing.cost.UsageCounters;
import io.relaypay.routing.graph.Billing;
import io.relaypay.routing.graph.Capabilities;
import io.relaypay.routing.graph.CarrierReach;
import io.relaypay.routing.graph.ControllerKind;
import io.relaypay.routing.graph.Health;
import io.relaypay.routing.graph.LeastCostRouter;
import io.relaypay.routing.graph.MessageKind;
import io.relaypay.routing.graph.Node;
import io.relaypay.routing.graph.NumberPlan;
import io.relaypay.routing.graph.PricePoint;
import io.relaypay.routing.graph.ReachChannel;
import io.relaypay.routing.graph.RouteDecision;
import io.relaypay.routing.graph.RouteGraph;
import io.relaypay.routing.graph.RouteRequest;
import io.relaypay.routing.graph.ServiceType;
import io.relaypay.routing.graph.Usage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One least-cost route decision on a 200-controller graph: 20 carriers with 6 SMSCs each, 60
 * aggregators reaching 4 SMSCs each, and 20 carrier-independent controllers (email gateways, agent
 * push), with live usage on every edge and a few open circuits. Requests rotate over numbers of
 * every carrier, half of them premium, half from phones that also report their agent. Sample time, so JMH reports the p99 asked for by issue 5.
 *
 * <pre>{@code java -jar bench/target/benchmarks.jar RouterBenchmark}</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RouterBenchmark {

    private static final int CARRIERS = 20;
    private static final int SMSCS_PER_CARRIER = 6;
    private static final int AGGREGATORS = 60;
    private static final int OTHERS = 20;
    private static final PricePoint[] PRICES = {new PricePoint(1_000_000), new PricePoint(2_000_000)};

    private LeastCostRouter router;
    private Usage usage;
    private Health health;
    private RouteRequest[] requests;
    private int next;

    /** Builds the graph, the usage snapshot and 1,024 requests. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        RouteGraph.Builder graph = RouteGraph.builder();
        Map<String, UsageCounters> counters = new HashMap<>();
        Map<String, String> ranges = new HashMap<>();
        Node.Controller[][] smscs = new Node.Controller[CARRIERS][SMSCS_PER_CARRIER];
        int controllers = 0;
        for (int c = 0; c < CARRIERS; c++) {
            String carrier = "k" + c;
            ranges.put("+44" + (100 + c), carrier);
            Node.Carrier network = new Node.Carrier(carrier);
            Capabilities reach = sms(random).reaching(CarrierReach.only(carrier));
            graph.edge("net-" + c, network, Node.PHONE, CostModel.free(), reach);
            for (int s = 0; s < SMSCS_PER_CARRIER; s++) {
                Node.Controller smsc = new Node.Controller("smsc-" + c + "-" + s, ControllerKind.SMSC);
                smscs[c][s] = smsc;
                controllers++;
                graph.edge("ix-" + smsc.name(), Node.INTERCHANGE, smsc, cost(random), reach);
                graph.edge(smsc.name() + "-net", smsc, network, CostModel.free(), reach);
            }
        }
        for (int a = 0; a < AGGREGATORS; a++) {
            Node.Controller aggregator = new Node.Controller("agg-" + a, ControllerKind.AGGREGATOR);
            controllers++;
            graph.edge("ix-" + aggregator.name(), Node.INTERCHANGE, aggregator, cost(random), sms(random));
            for (int k = 0; k < 4; k++) {
                // Four different carriers per aggregator, so no hop is configured twice.
                int c = (a + k * 5) % CARRIERS;
                Node.Controller smsc = smscs[c][random.nextInt(SMSCS_PER_CARRIER)];
                String id = aggregator.name() + "-" + smsc.name();
                graph.edge(id, aggregator, smsc, cost(random), sms(random).reaching(CarrierReach.only("k" + c)));
            }
        }
        for (int o = 0; o < OTHERS; o++) {
            ControllerKind kind = o % 2 == 0 ? ControllerKind.EMAIL_GATEWAY : ControllerKind.AGENT_PUSH;
            Node.Controller other = new Node.Controller("other-" + o, kind);
            controllers++;
            Capabilities im = Capabilities.carrying(ServiceType.IM, ServiceType.EMAIL);
            graph.edge("ix-" + other.name(), Node.INTERCHANGE, other, cost(random), im);
            // Mail and agent pushes reach the phone as data, over the internet link the agent reports.
            graph.edge(other.name() + "-phone", other, Node.PHONE, CostModel.free(), im, ReachChannel.AGENT_INTERNET);
        }
        if (controllers != 200) {
            throw new IllegalStateException("expected 200 controllers, built " + controllers);
        }
        RouteGraph built = graph.numberPlan(new NumberPlan(ranges, Map.of())).build();
        for (var edge : built.edges()) {
            counters.put(edge.id(), new UsageCounters(random.nextInt(20_000)));
        }
        router = new LeastCostRouter(built);
        usage = new Usage(counters, Map.of());
        Set<String> open = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            open.add("agg-" + random.nextInt(AGGREGATORS));
        }
        health = new Health(open);
        requests = new RouteRequest[1024];
        for (int i = 0; i < requests.length; i++) {
            String number = "+44" + (100 + random.nextInt(CARRIERS)) + (1_000_000 + random.nextInt(8_999_999));
            RouteRequest request = i % 2 == 0
                    ? RouteRequest.of(number, ServiceType.SMS, MessageKind.CONFIRMATION)
                    : RouteRequest.premium(number, ServiceType.SMS, PRICES[random.nextInt(PRICES.length)]);
            // Half the phones also report their enrolled agent (for confirmations and premium alike).
            requests[i] =
                    i % 4 < 2 ? request : request.reachableOver(ReachChannel.CELLULAR, ReachChannel.AGENT_INTERNET);
        }
    }

    /** One decision. */
    @Benchmark
    public RouteDecision route() {
        RouteRequest request = requests[next++ & (requests.length - 1)];
        return router.route(request, usage, health);
    }

    private static Capabilities sms(SplittableRandom random) {
        Capabilities sms = Capabilities.carrying(ServiceType.SMS, ServiceType.WAP_PUSH);
        return random.nextInt(4) == 0 ? sms : sms.billing(new Billing(Set.of(PRICES), random.nextInt(500)));
    }

    private static CostModel cost(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> CostModel.flat(random.nextInt(40_000));
            case 1 -> CostModel.subscription(random.nextInt(20_000), random.nextInt(40_000));
            case 2 -> CostModel.tiers(0, 40_000, 5_000, 30_000, 15_000, 20_000);
            default -> CostModel.sum(CostModel.flat(1_000), CostModel.subscription(10_000, 25_000));
        };
    }
}
