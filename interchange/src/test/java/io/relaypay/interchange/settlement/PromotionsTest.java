package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromotionsTest {

    final Promotions promotions = new Promotions(
            List.of(new Promotions.Rule("welcome-fixed", 500, 0, 50), new Promotions.Rule("big-5pc", 2_000, 500, 0)));

    @Test
    void depositBelowEveryThresholdEarnsNothing() {
        assertThat(promotions.bonusFor(499)).isEqualTo(new Promotions.Bonus(Optional.empty(), 0));
    }

    @Test
    void theBestMatchingRuleAppliesAloneNeverStacked() {
        assertThat(promotions.bonusFor(500)).isEqualTo(new Promotions.Bonus(Optional.of("welcome-fixed"), 50));
        assertThat(promotions.bonusFor(2_000)).isEqualTo(new Promotions.Bonus(Optional.of("big-5pc"), 100));
    }

    @Test
    void percentageBonusIsRoundedDown() {
        assertThat(promotions.bonusFor(2_019).amount()).isEqualTo(100); // 100.95
    }

    @Test
    void noPromotionsMeansNoBonus() {
        assertThat(Promotions.NONE.bonusFor(1_000_000).amount()).isZero();
    }
}
