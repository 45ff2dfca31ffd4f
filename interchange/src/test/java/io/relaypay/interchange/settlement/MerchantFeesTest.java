package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.merchants.FeeTerms;
import io.relaypay.interchange.merchants.Merchant;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MerchantFeesTest {

    final Merchant shop =
            new Merchant("mer_1", "Shop", Optional.empty(), new FeeTerms(100, 10), Set.of(), "general", Instant.EPOCH);

    @Test
    void overrideForTheFundingMethodWins() {
        MerchantFees fees = new MerchantFees(Map.of("mer_1", Map.of("operator_billing", new FeeTerms(500, 0))));

        assertThat(fees.feeFor(shop, "operator_billing", 1_000)).isEqualTo(50);
        assertThat(fees.feeFor(shop, "balance", 1_000)).isEqualTo(20);
    }

    @Test
    void merchantWithoutOverridesPaysItsOwnTerms() {
        assertThat(new MerchantFees(Map.of()).feeFor(shop, "operator_billing", 1_000))
                .isEqualTo(20);
    }
}
