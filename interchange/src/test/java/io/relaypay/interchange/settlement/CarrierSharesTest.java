package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CarrierSharesTest {

    final CarrierShares shares = new CarrierShares(Map.of(
            "northwind", new CarrierShares.Terms(3_000, Map.of(99L, 5_000, 499L, 2_500)),
            "bluewave", new CarrierShares.Terms(3_500, Map.of())));

    @Test
    void pricePointWithItsOwnTermsUsesThem() {
        assertThat(shares.shareOf("northwind", 99)).isEqualTo(50); // 49.5 rounds half up
        assertThat(shares.shareOf("northwind", 499)).isEqualTo(125); // 124.75
    }

    @Test
    void otherAmountsUseTheCarriersDefaultShare() {
        assertThat(shares.shareOf("northwind", 1_000)).isEqualTo(300);
        assertThat(shares.shareOf("bluewave", 299)).isEqualTo(105); // 104.65
    }

    @Test
    void unknownCarrierIsRefused() {
        assertThatThrownBy(() -> shares.shareOf("nowhere", 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shareAboveTheWholeAmountCannotBeConfigured() {
        assertThatThrownBy(() -> new CarrierShares.Terms(10_001, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CarrierShares.Terms(3_000, Map.of(100L, -1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
