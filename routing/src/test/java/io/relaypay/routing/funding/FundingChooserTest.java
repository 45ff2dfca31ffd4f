package io.relaypay.routing.funding;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.routing.decision.FundingMethod;
import io.relaypay.routing.planner.Amount;
import io.relaypay.routing.planner.Limits;
import io.relaypay.routing.planner.OvershootPolicy;
import io.relaypay.routing.planner.PlannedDay;
import io.relaypay.routing.planner.PricePointPlanner;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundingChooserTest {

    private final FundingChooser chooser = new FundingChooser(new PricePointPlanner());

    private static FundingRequest eur(long minor, FundingOption... options) {
        return new FundingRequest(new Amount(minor, "EUR"), List.of(options));
    }

    private static FundingOption.PremiumSms premium(OvershootPolicy policy, long micros, long... prices) {
        return FundingOption.PremiumSms.uniform(3_000, Limits.unlimited(1), policy, micros, prices);
    }

    private FundingQuote only(FundingRequest request) {
        FundingChoice choice = chooser.choose(request);
        assertThat(choice.quotes()).as(choice.explain()).hasSize(1);
        return choice.quotes().getFirst();
    }

    @Test
    void aBalanceThatCoversTheAmountCostsNothingAndWins() {
        FundingChoice choice = chooser.choose(eur(
                1_250, new FundingOption.Card(new FeeTerms(0, 0), SpendLimits.NONE), new FundingOption.Balance(5_000)));

        FundingQuote chosen = choice.chosen().orElseThrow();
        assertThat(chosen.option().method()).isEqualTo(FundingMethod.BALANCE);
        assertThat(chosen.accessCost()).isZero();
        assertThat(chosen.credited()).isEqualTo(1_250);
    }

    @Test
    void aShortBalanceIsInfeasibleAndExplained() {
        FundingChoice choice = chooser.choose(eur(1_250, new FundingOption.Balance(1_000)));

        assertThat(choice.chosen()).isEmpty();
        assertThat(choice.infeasible())
                .singleElement()
                .extracting(Infeasible::reason)
                .isEqualTo(Infeasible.Reason.BALANCE_SHORT);
        assertThat(choice.explain())
                .contains("fund 1250 EUR: no option can")
                .contains("infeasible: BALANCE: BALANCE_SHORT (balance 1000 < 1250)");
    }

    @Test
    void operatorBillingCostsTheCarriersShareRoundedUpPlusItsFixedFee() {
        // 300 bps of 12.50 is 0.375: rounded up to 0.38, plus 0.07.
        FundingQuote quote =
                only(eur(1_250, new FundingOption.OperatorBilling(new FeeTerms(300, 7), SpendLimits.NONE)));

        assertThat(quote.carrierShare()).isEqualTo(45);
        assertThat(quote.accessCost()).isEqualTo(45);
        assertThat(quote.grossCharged()).isEqualTo(1_250);
        assertThat(quote.credited()).isEqualTo(1_250);
        assertThat(quote.explain()).contains("carrier share 45 (300 bps + 7, share rounded up)");
    }

    @Test
    void aCardFeeRoundsUpEvenASliverOfAMinorUnit() {
        // 1 bps of 101 cents is 0.0101 cents: charged as a whole cent.
        FundingQuote quote = only(eur(101, new FundingOption.Card(new FeeTerms(1, 0), SpendLimits.NONE)));

        assertThat(quote.processorFee()).isEqualTo(1);
    }

    @Test
    void theCheapestMethodWinsWhateverItsOrder() {
        FundingChoice choice = chooser.choose(eur(
                10_000,
                new FundingOption.Card(new FeeTerms(290, 25), SpendLimits.NONE),
                new FundingOption.OperatorBilling(new FeeTerms(1_500, 0), SpendLimits.NONE)));

        assertThat(choice.quotes()).extracting(FundingQuote::accessCost).containsExactly(315L, 1_500L);
        assertThat(choice.chosen().orElseThrow().option().method()).isEqualTo(FundingMethod.CARD);
        assertThat(choice.explain()).startsWith("fund 10000 EUR\nchosen: CARD cost=315");
    }

    @Test
    void premiumOvershootIsCreditedAndTheCarriersShareOfItCounts() {
        // 4.50 from 1.00 and 5.00: one message of 5.00; 30% of it is 1.50; 50,000 micros is 0.05.
        FundingQuote quote = only(eur(450, premium(OvershootPolicy.COVER_AMOUNT, 50_000, 100, 500)));

        assertThat(quote.grossCharged()).isEqualTo(500);
        assertThat(quote.credited()).isEqualTo(500);
        assertThat(quote.surplus()).isEqualTo(50);
        assertThat(quote.carrierShare()).isEqualTo(150);
        assertThat(quote.messageCost()).isEqualTo(5);
        assertThat(quote.accessCost()).isEqualTo(155);
        assertThat(quote.steps()).isEqualTo(1);
        assertThat(quote.plan().orElseThrow().schedule()).containsExactly(new PlannedDay(0, List.of(500L)));
        assertThat(quote.explain()).contains("surplus 50 to the balance");
    }

    @Test
    void premiumSharesRoundUpPerMessageAndMessageCostOnceOverThePlan() {
        // 3 x 0.99 at 30%: 29.7 cents each, 30 charged each; 3 x 3,000 micros = 0.9 cents, charged 1.
        FundingQuote quote = only(eur(297, premium(OvershootPolicy.NEVER_EXCEED, 3_000, 99)));

        assertThat(quote.steps()).isEqualTo(3);
        assertThat(quote.carrierShare()).isEqualTo(90);
        assertThat(quote.messageCost()).isEqualTo(1);
    }

    @Test
    void premiumThatMustMatchTheAmountExactlyIsInfeasibleWhenItCannot() {
        FundingChoice choice = chooser.choose(eur(450, premium(OvershootPolicy.NEVER_EXCEED, 0, 100, 500)));

        assertThat(choice.chosen()).isEmpty();
        assertThat(choice.infeasible()).singleElement().satisfies(no -> {
            assertThat(no.reason()).isEqualTo(Infeasible.Reason.PLAN_FALLS_SHORT);
            assertThat(no.detail()).contains("bills 400 of 450");
        });
    }

    @Test
    void premiumLimitsThatCannotReachTheAmountMakeItInfeasible() {
        FundingOption.PremiumSms capped = FundingOption.PremiumSms.uniform(
                3_000, Limits.unlimited(30).withPerMonthAmount(400), OvershootPolicy.COVER_AMOUNT, 0, 100, 500);

        assertThat(chooser.choose(eur(450, capped)).infeasible())
                .extracting(Infeasible::reason)
                .containsExactly(Infeasible.Reason.PLAN_FALLS_SHORT);
    }

    @Test
    void premiumWithoutAnyAllowedPricePointIsInfeasible() {
        FundingChoice choice = chooser.choose(eur(450, premium(OvershootPolicy.COVER_AMOUNT, 0)));

        assertThat(choice.infeasible())
                .extracting(Infeasible::reason)
                .containsExactly(Infeasible.Reason.NO_PRICE_POINTS);
    }

    @Test
    void chargesOverTheirLimitsAreInfeasible() {
        FundingChoice choice = chooser.choose(eur(
                5_000,
                new FundingOption.OperatorBilling(FeeTerms.NONE, new SpendLimits(3_000, SpendLimits.UNLIMITED)),
                new FundingOption.Card(FeeTerms.NONE, new SpendLimits(SpendLimits.UNLIMITED, 4_999))));

        assertThat(choice.chosen()).isEmpty();
        assertThat(choice.infeasible())
                .extracting(Infeasible::reason)
                .containsExactly(Infeasible.Reason.OVER_TRANSACTION_LIMIT, Infeasible.Reason.OVER_PERIOD_LIMIT);
        assertThat(choice.explain()).contains("5000 > 3000 per transaction").contains("5000 > 4999 left this period");
    }

    @Test
    void equalCostsGoToFewerStepsThenTheFixedMethodOrder() {
        FundingChoice choice = chooser.choose(eur(
                200,
                new FundingOption.Card(FeeTerms.NONE, SpendLimits.NONE),
                FundingOption.PremiumSms.uniform(0, Limits.unlimited(1), OvershootPolicy.COVER_AMOUNT, 0, 100),
                new FundingOption.OperatorBilling(FeeTerms.NONE, SpendLimits.NONE)));

        assertThat(choice.quotes())
                .extracting(quote -> quote.option().method())
                .containsExactly(FundingMethod.OPERATOR_BILLING, FundingMethod.CARD, FundingMethod.PREMIUM_SMS);
    }

    @Test
    void messageCostConvertsMicrosByTheCurrencysMinorUnit() {
        // A yen has no minor unit: 1 yen is 1,000,000 micros, so 2 x 300,000 micros is 1 yen.
        FundingRequest yen = new FundingRequest(
                new Amount(200, "JPY"),
                List.of(FundingOption.PremiumSms.uniform(
                        0, Limits.unlimited(1), OvershootPolicy.COVER_AMOUNT, 300_000, 100)));

        assertThat(chooser.choose(yen).chosen().orElseThrow().messageCost()).isEqualTo(1);
    }
}
