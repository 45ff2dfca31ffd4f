package io.relaypay.bench;

import io.relaypay.routing.funding.FeeTerms;
import io.relaypay.routing.funding.FundingChoice;
import io.relaypay.routing.funding.FundingChooser;
import io.relaypay.routing.funding.FundingOption;
import io.relaypay.routing.funding.FundingRequest;
import io.relaypay.routing.funding.SpendLimits;
import io.relaypay.routing.planner.Amount;
import io.relaypay.routing.planner.Limits;
import io.relaypay.routing.planner.OvershootPolicy;
import io.relaypay.routing.planner.PricePointPlanner;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One funding choice with every method on offer: a balance that falls short, operator billing, a
 * card and premium SMS on the planner benchmark's 8 price points (GCD 1, the planner's worst case),
 * covering the amount over 30 days of at most 5 messages. The premium plan dominates the cost.
 *
 * <pre>{@code java -jar bench/target/benchmarks.jar FundingChooserBenchmark}</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FundingChooserBenchmark {

    /** The amount in cents. */
    @Param({"4999", "49999"})
    public long amount;

    private final FundingChooser chooser = new FundingChooser(new PricePointPlanner());
    private FundingRequest request;

    /** The request: four options, one infeasible. */
    @Setup
    public void setUp() {
        FundingOption premium = FundingOption.PremiumSms.uniform(
                4_000,
                Limits.unlimited(30).withPerDayCount(5),
                OvershootPolicy.COVER_AMOUNT,
                35_000,
                49,
                99,
                149,
                199,
                299,
                499,
                799,
                999);
        request = new FundingRequest(
                new Amount(amount, "EUR"),
                List.of(
                        new FundingOption.Balance(amount / 2),
                        new FundingOption.OperatorBilling(new FeeTerms(3_000, 0), new SpendLimits(100_000, 300_000)),
                        new FundingOption.Card(new FeeTerms(290, 25), SpendLimits.NONE),
                        premium));
    }

    /** One choice: every option quoted or refused, then ranked. */
    @Benchmark
    public FundingChoice choose() {
        return chooser.choose(request);
    }
}
