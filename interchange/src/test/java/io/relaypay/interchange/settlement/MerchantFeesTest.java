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

    static MethodFeeStore store(Map<String, Map<String, FeeTerms>> terms) {
        return new MethodFeeStore() {
            @Override
            public Map<String, FeeTerms> of(String merchantId) {
                return terms.getOrDefault(merchantId, Map.of());
            }

            @Override
            public boolean set(String merchantId, String method, FeeTerms t) {
                throw new UnsupportedOperationException("read-only in this test");
            }
        };
    }

    @Test
    void overrideForTheFundingMethodWins() {
        MerchantFees fees = new MerchantFees(store(Map.of("mer_1", Map.of("operator-billing", new FeeTerms(500, 0)))));

        assertThat(fees.feeFor(shop, "operator-billing", 1_000)).isEqualTo(50);
        assertThat(fees.feeFor(shop, "balance", 1_000)).isEqualTo(20);
    }

    @Test
    void merchantWithoutOverridesPaysItsOwnTerms() {
        assertThat(new MerchantFees(store(Map.of())).feeFor(shop, "operator-billing", 1_000))
                .isEqualTo(20);
    }
}
