package io.relaypay.routing.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CostModelTest {

    private static UsageCounters sent(long count) {
        return new UsageCounters(count);
    }

    @Test
    void flatCostsTheSameForEveryMessage() {
        CostModel flat = CostModel.flat(2_500);
        assertThat(flat.marginalCost(sent(0))).isEqualTo(2_500);
        assertThat(flat.marginalCost(sent(1_000_000))).isEqualTo(2_500);
    }

    @Test
    void freeCostsNothing() {
        assertThat(CostModel.free().marginalCost(sent(42))).isZero();
    }

    @Test
    void subscriptionIsFreeWithinTheQuotaThenChargesOverage() {
        CostModel subscription = CostModel.subscription(100, 4_000);
        assertThat(subscription.marginalCost(sent(0))).isZero();
        assertThat(subscription.marginalCost(sent(99))).as("the 100th message").isZero();
        assertThat(subscription.marginalCost(sent(100))).as("the 101st message").isEqualTo(4_000);
    }

    @Test
    void subscriptionWithZeroQuotaChargesFromTheFirstMessage() {
        assertThat(CostModel.subscription(0, 7).marginalCost(sent(0))).isEqualTo(7);
    }

    @Test
    void volumeTiersPriceTheNextMessageByMonthToDateCount() {
        CostModel tiers = CostModel.tiers(0, 3_000, 1_000, 2_000, 10_000, 1_000);
        assertThat(tiers.marginalCost(sent(0))).isEqualTo(3_000);
        assertThat(tiers.marginalCost(sent(999))).isEqualTo(3_000);
        assertThat(tiers.marginalCost(sent(1_000))).isEqualTo(2_000);
        assertThat(tiers.marginalCost(sent(9_999))).isEqualTo(2_000);
        assertThat(tiers.marginalCost(sent(10_000))).isEqualTo(1_000);
        assertThat(tiers.marginalCost(sent(Long.MAX_VALUE))).isEqualTo(1_000);
    }

    @Test
    void volumeTiersMustStartAtZeroAndAscend() {
        assertThatThrownBy(() -> CostModel.tiers(5, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CostModel.tiers(0, 100, 10, 90, 10, 80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CostModel.tiers(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sumAddsTheMarginalCostsOfItsParts() {
        CostModel combined = CostModel.sum(CostModel.subscription(10, 3_000), CostModel.flat(500));
        assertThat(combined.marginalCost(sent(9))).isEqualTo(500);
        assertThat(combined.marginalCost(sent(10))).isEqualTo(3_500);
    }

    @Test
    void sumRefusesToOverflow() {
        CostModel huge = CostModel.sum(CostModel.flat(Long.MAX_VALUE), CostModel.flat(1));
        assertThatThrownBy(() -> huge.marginalCost(sent(0))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void negativePricesAndCountsAreRejected() {
        assertThatThrownBy(() -> CostModel.flat(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CostModel.subscription(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CostModel.subscription(1, -5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UsageCounters(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
