package io.relaypay.routing.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The residue shortcut agrees with the plain table on every total, large or small. */
class ResidueCountsProperties {

    @Property(tries = 300)
    void residueCountsEqualThePlainTable(
            @ForAll @Size(min = 1, max = 6) Set<@IntRange(min = 1, max = 60) Integer> prices) {
        int[] units = prices.stream().mapToInt(Integer::intValue).sorted().toArray();
        int top = 3_000;
        MinCounts table = MinCounts.upTo(top, units);
        ResidueCounts residues = ResidueCounts.of(units, top);

        for (int total = 0; total <= top; total++) {
            int count = table.count(total);
            if (count >= MinCounts.UNREACHABLE) {
                assertThat(residues.count(total)).as("total %d", total).isGreaterThanOrEqualTo(MinCounts.UNREACHABLE);
                continue;
            }
            assertThat(residues.count(total)).as("count of %d", total).isEqualTo(count);
            List<Integer> plan = residues.pricesFor(total);
            assertThat(plan).hasSize(count);
            assertThat(plan.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
            assertThat(prices).containsAll(plan);
        }
    }
}
