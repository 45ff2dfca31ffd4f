package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.merchants.FeeTerms;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserFeesTest {

    @Test
    void feeDependsOnTheFundingMethod() {
        UserFees fees = new UserFees(
                Map.of("operator-billing", new FeeTerms(200, 0), "premium-sms", new FeeTerms(0, 25)), false);

        assertThat(fees.feeFor("operator-billing", 1_000)).isEqualTo(new UserFees.Fee(20, false));
        assertThat(fees.feeFor("premium-sms", 1_000)).isEqualTo(new UserFees.Fee(25, false));
        assertThat(fees.feeFor("balance", 1_000)).isEqualTo(new UserFees.Fee(0, false));
    }

    @Test
    void deferredFeesAreOwedNotTaken() {
        UserFees fees = new UserFees(Map.of("operator-billing", new FeeTerms(0, 30)), true);

        assertThat(fees.feeFor("operator-billing", 500)).isEqualTo(new UserFees.Fee(30, true));
        assertThat(fees.feeFor("balance", 500)).isEqualTo(new UserFees.Fee(0, false));
    }

    @Test
    void onlyAnImmediateFeeIsChargedWithTheFundingItself() {
        Map<String, FeeTerms> terms = Map.of("operator-billing", new FeeTerms(0, 10));

        assertThat(new UserFees(terms, false).chargedAtOnce("operator-billing", 499))
                .contains(10L);
        assertThat(new UserFees(terms, true).chargedAtOnce("operator-billing", 499))
                .isEmpty();
        assertThat(new UserFees(terms, false).chargedAtOnce("balance", 499)).isEmpty();
    }

    @Test
    void aPurchaseCollectsAtMostWhatTheWalletHasLeft() {
        assertThat(UserFees.collectable(30, 100)).isEqualTo(30);
        assertThat(UserFees.collectable(30, 12)).isEqualTo(12);
        assertThat(UserFees.collectable(30, 0)).isZero();
    }
}
