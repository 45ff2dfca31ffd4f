package io.relaypay.routing.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.routing.planner.Amount;
import io.relaypay.routing.planner.Limits;
import io.relaypay.routing.planner.OvershootPolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Funding inputs that cannot be quoted are refused when built, with the reason. */
class FundingInputsTest {

    @Test
    void aPremiumPolicyThatMayFallShortIsRefused() {
        assertThatThrownBy(() -> FundingOption.PremiumSms.uniform(
                        0, Limits.unlimited(1), OvershootPolicy.CREDIT_REMAINDER, 0, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("COVER_AMOUNT or NEVER_EXCEED");
    }

    @Test
    void everyPricePointNeedsItsCarrierShare() {
        assertThatThrownBy(() -> new FundingOption.PremiumSms(
                        List.of(100L, 200L), Map.of(100L, 3_000), Limits.unlimited(1), OvershootPolicy.COVER_AMOUNT, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("price point 200 needs a share");
    }

    @Test
    void pricePointsAreSortedAndMustBeDistinct() {
        assertThat(FundingOption.PremiumSms.uniform(0, Limits.unlimited(1), OvershootPolicy.COVER_AMOUNT, 0, 500, 100)
                        .pricePoints())
                .containsExactly(100L, 500L);
        assertThatThrownBy(() -> FundingOption.PremiumSms.uniform(
                        0, Limits.unlimited(1), OvershootPolicy.COVER_AMOUNT, 0, 100, 100))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShareBeyondTheWholeIsRefused() {
        assertThatThrownBy(() -> new FeeTerms(10_001, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeeTerms(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCurrencyWithoutAKnownMinorUnitIsRefused() {
        assertThatThrownBy(() -> new FundingRequest(new Amount(100, "ZZZ"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an ISO-4217 currency: ZZZ");
        assertThatThrownBy(() -> new FundingRequest(new Amount(100, "XAU"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no minor unit");
    }

    @Test
    void feesOnTheLargestAmountsAreExactWithoutOverflow() {
        // 10,000 bps of Long.MAX_VALUE is the whole amount; a naive gross * bps would overflow.
        assertThat(new FeeTerms(10_000, 0).feeOn(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(new FeeTerms(5_000, 0).feeOn(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE / 2 + 1);
    }
}
