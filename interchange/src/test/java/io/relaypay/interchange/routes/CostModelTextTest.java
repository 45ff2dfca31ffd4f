package io.relaypay.interchange.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.routing.cost.CostModel;
import io.relaypay.routing.cost.UsageCounters;
import org.junit.jupiter.api.Test;

class CostModelTextTest {

    static long cost(String text, long monthToDate) {
        return CostModelText.parse(text).marginalCost(new UsageCounters(monthToDate));
    }

    @Test
    void freeCostsNothing() {
        assertThat(CostModelText.parse("free")).isEqualTo(CostModel.free());
    }

    @Test
    void flatCostsTheSameForEveryMessage() {
        assertThat(cost("flat 3500", 0)).isEqualTo(3500);
        assertThat(cost("flat 3_500", 1_000_000)).isEqualTo(3500);
    }

    @Test
    void aSubscriptionIsFreeUntilItsQuotaThenCostsTheOverage() {
        assertThat(cost("subscription 100 2000", 99)).isZero();
        assertThat(cost("subscription 100 2000", 100)).isEqualTo(2000);
    }

    @Test
    void tiersPriceByTheMonthToDateCount() {
        assertThat(cost("tiers 0:6000,100000:4500", 99_999)).isEqualTo(6000);
        assertThat(cost("tiers 0:6000,100000:4500", 100_000)).isEqualTo(4500);
    }

    @Test
    void termsJoinedByPlusAreSummed() {
        assertThat(cost("subscription 10 2000 + flat 300", 5)).isEqualTo(300);
        assertThat(cost("subscription 10 2000 + flat 300", 10)).isEqualTo(2300);
    }

    @Test
    void anUnknownModelIsNamedWithTheFormsThatExist() {
        assertThatThrownBy(() -> CostModelText.parse("cheap 5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown cost model 'cheap'")
                .hasMessageContaining("flat <micros>");
    }

    @Test
    void aMissingOrNegativeNumberIsRefused() {
        assertThatThrownBy(() -> CostModelText.parse("flat")).hasMessageContaining("expected 'flat <micros>'");
        assertThatThrownBy(() -> CostModelText.parse("flat -1")).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> CostModelText.parse("tiers 5:100")).hasMessageContaining("count 0");
        assertThatThrownBy(() -> CostModelText.parse("")).hasMessageContaining("required");
    }
}
