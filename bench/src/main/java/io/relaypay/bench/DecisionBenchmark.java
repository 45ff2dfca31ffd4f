package io.relaypay.bench;

import io.relaypay.routing.decision.DecisionContext;
import io.relaypay.routing.decision.DecisionEngine;
import io.relaypay.routing.decision.FraudSignals;
import io.relaypay.routing.decision.FundingMethod;
import io.relaypay.routing.decision.Merchant;
import io.relaypay.routing.decision.Money;
import io.relaypay.routing.decision.PaymentRequest;
import io.relaypay.routing.decision.Phone;
import io.relaypay.routing.decision.RuleSet;
import io.relaypay.routing.decision.RuleSetParser;
import io.relaypay.routing.decision.Totals;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One payment decision against 50 rules that all apply to it (every kind, scoped to the payer's
 * country, carrier or everyone), plus 50 more for other countries and carriers that the engine's
 * index must skip. Two cases: a payment every rule lets through (all 50 checked, nothing reported)
 * and one that several rules deny (reasons and their texts built). Target: under 20 µs.
 *
 * <pre>{@code java -jar bench/target/benchmarks.jar DecisionBenchmark}</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecisionBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private DecisionEngine engine;
    private PaymentRequest allowed;
    private PaymentRequest denied;
    private DecisionContext context;

    /** Compiles the rules from rule text and builds the requests. */
    @Setup(Level.Trial)
    public void setUp() {
        RuleSet rules = RuleSetParser.parse(ruleText());
        if (rules.rules().size() != 100) {
            throw new IllegalStateException(
                    "expected 100 rules, got " + rules.rules().size());
        }
        engine = DecisionEngine.compile(rules);
        allowed = request(500, FundingMethod.PREMIUM_SMS, "groceries");
        denied = request(4_900, FundingMethod.PREMIUM_SMS, "gambling");
        context = new DecisionContext(
                new Totals(1_000, 5_000),
                new Totals(20_000, 200_000),
                1_000,
                new FraudSignals(1, 3, false, false, NOW.minus(Duration.ofDays(90)), 0),
                Optional.empty(),
                OptionalInt.of(30));
        if (!engine.decide(allowed, context).allowed()
                || engine.decide(denied, context).allowed()) {
            throw new IllegalStateException("benchmark requests decide the wrong way");
        }
    }

    /** A payment all 50 applicable rules check and let through. */
    @Benchmark
    public Object decideAllowed() {
        return engine.decide(allowed, context);
    }

    /** A payment several of the 50 rules deny, each with a reason. */
    @Benchmark
    public Object decideDenied() {
        return engine.decide(denied, context);
    }

    private static PaymentRequest request(long amount, FundingMethod funding, String category) {
        return new PaymentRequest(
                "usr_1",
                new Phone("+4915112345678", "26201", "DE"),
                new Merchant("mer_1", category, "DE"),
                new Money(amount, "EUR"),
                funding,
                "dev_1",
                NOW);
    }

    /** Ten groups of five rules for DE / carrier 26201 / everyone, and the same again for FR / 20801. */
    private static String ruleText() {
        StringBuilder text = new StringBuilder("version = bench\n");
        String[][] places = {{"DE", "26201"}, {"FR", "20801"}};
        for (String[] place : places) {
            String country = place[0];
            String carrier = place[1];
            for (int g = 0; g < 10; g++) {
                String p = country + g + "-";
                rule(
                        text,
                        p + "law",
                        "country-regulation",
                        "country=" + country,
                        "currency=EUR",
                        "per-transaction=" + (5_000 + g),
                        "per-day=" + (20_000 + g),
                        "per-month=" + (50_000 + g),
                        "minimum-age=18");
                rule(
                        text,
                        p + "carrier",
                        "carrier-premium",
                        "carrier=" + carrier,
                        "currency=EUR",
                        "price-points=100,200,500,1000,2000," + (3_000 + g),
                        "monthly-cap=" + (10_000 + g));
                rule(
                        text,
                        p + "user",
                        g % 2 == 0 ? "user-limit" : "merchant-limit",
                        "country=" + country,
                        "currency=EUR",
                        "per-transaction=" + (8_000 + g),
                        "per-month=" + (900_000 + g));
                rule(
                        text,
                        p + "merchants",
                        "merchant-restriction",
                        "carrier=" + carrier,
                        "denied-categories=gambling,adult" + g,
                        "denied-merchant-countries=KP,IR");
                switch (g % 5) {
                    case 0 ->
                        rule(
                                text,
                                p + "velocity",
                                "velocity",
                                "country=" + country,
                                "max-per-hour=10",
                                "max-per-day=50");
                    case 1 ->
                        rule(
                                text,
                                p + "blocklist",
                                "blocklist",
                                "country=" + country,
                                "numbers=+4915100000000,+4915100000001",
                                "devices=dev_stolen");
                    case 2 ->
                        rule(
                                text,
                                p + "new-number",
                                "new-number",
                                "country=" + country,
                                "newer-than=P7D",
                                "confirmation=BOTH");
                    case 3 -> rule(text, p + "pins", "failed-pin-lockout", "country=" + country, "max-failed-pins=3");
                    default ->
                        rule(
                                text,
                                p + "step-up",
                                "amount-step-up",
                                "country=" + country,
                                "currency=EUR",
                                "threshold=10000",
                                "confirmation=PIN");
                }
            }
        }
        return text.toString();
    }

    private static void rule(StringBuilder text, String id, String type, String... fields) {
        text.append("rule.").append(id).append(".type = ").append(type).append('\n');
        for (String field : fields) {
            text.append("rule.")
                    .append(id)
                    .append('.')
                    .append(field.replaceFirst("=", " = "))
                    .append('\n');
        }
    }
}
