package io.relaypay.bench;

import io.relaypay.routing.planner.Amount;
import io.relaypay.routing.planner.Limits;
import io.relaypay.routing.planner.OvershootPolicy;
import io.relaypay.routing.planner.Plan;
import io.relaypay.routing.planner.PricePointPlanner;
import io.relaypay.routing.planner.PricePoints;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The premium price-point planner on 8 price points whose greatest common divisor is 1 (so the
 * table is not reduced: the worst case), for amounts up to 500.00, with overshoot allowed (the
 * table spans amount + the dearest price point) and a daily count limit spreading the plan over a
 * month. Target: under 50 µs per plan.
 *
 * <pre>{@code java -jar bench/target/benchmarks.jar PlannerBenchmark}</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlannerBenchmark {

    private static final PricePoints POINTS = PricePoints.of("EUR", 49, 99, 149, 199, 299, 499, 799, 999);
    private static final Limits LIMITS = Limits.unlimited(30).withPerDayCount(5);

    /** The amount in cents. */
    @Param({"4999", "49999"})
    public long amount;

    private final PricePointPlanner planner = new PricePointPlanner();

    /** One plan, overshoot credited. */
    @Benchmark
    public Plan plan() {
        return planner.plan(new Amount(amount, "EUR"), POINTS, LIMITS, OvershootPolicy.CREDIT_REMAINDER);
    }
}
