package io.relaypay.interchange.funding;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.settlement.CarrierShares;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each source keeps of a deposit. */
class FundingFeesTest {

    final FundingFees fees = new FundingFees(
            Map.of(FundingKind.CARD, new FundingFees.Rate(290, 25)),
            new CarrierShares(Map.of("northwind", new CarrierShares.Terms(3_000, Map.of(1_500L, 4_000)))));

    @Test
    void cardFeeIsTheRateRoundedHalfUpPlusTheFixedPart() {
        // 2.9 % of 10.50 is 30.45 cents: 30, plus 25.
        assertThat(fees.of(new Instrument.Card("tok_1", "4242"), 1_050)).isEqualTo(55);
    }

    @Test
    void kindWithoutARateCostsNothing() {
        assertThat(fees.of(new Instrument.StoredValue("a@example.com"), 1_000)).isZero();
    }

    @Test
    void feeNeverExceedsTheAmount() {
        assertThat(fees.of(new Instrument.Card("tok_1", "4242"), 10)).isEqualTo(10);
    }

    @Test
    void phoneBillCostsTheCarriersShare() {
        assertThat(fees.of(new Instrument.PhoneBill("northwind", "+4915112345671"), 1_000))
                .isEqualTo(300);
    }

    @Test
    void phoneBillCostsTheShareOfItsPricePointWhereTheContractNamesOne() {
        assertThat(fees.of(new Instrument.PhoneBill("northwind", "+4915112345671"), 1_500))
                .isEqualTo(600);
    }

    @Test
    void phoneBillOfACarrierWithoutTermsCostsNothing() {
        assertThat(fees.of(new Instrument.PhoneBill("bluewave", "+4917612345671"), 1_000))
                .isZero();
    }

    @Test
    void bankAccountNeverShowsItsNumber() {
        assertThat(new Instrument.BankAccount("DE89370400440532013000", "").toString())
                .doesNotContain("0532013000")
                .endsWith("...3000]");
    }
}
