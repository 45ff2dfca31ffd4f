package io.relaypay.routing.decision;

import static io.relaypay.routing.decision.Contexts.context;
import static io.relaypay.routing.decision.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CarrierPremiumRuleTest {

    private static final CarrierPremiumRule TELEKOM =
            new CarrierPremiumRule("telekom", "26201", "EUR", List.of(100L, 200L, 500L, 1_000L), 5_000);

    @Test
    void premiumSmsAtAnAcceptedPricePointIsAllowed() {
        Decision decision = Decide.with(
                TELEKOM, request().funding(FundingMethod.PREMIUM_SMS).amount(500), context());

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void premiumSmsBetweenPricePointsIsDenied() {
        Decision decision = Decide.with(
                TELEKOM, request().funding(FundingMethod.PREMIUM_SMS).amount(300), context());

        assertThat(decision.hasReason("carrier.price_point_not_allowed")).isTrue();
    }

    @Test
    void carrierBillingBeyondTheMonthlyCapIsDenied() {
        Decision decision = Decide.with(
                TELEKOM,
                request().funding(FundingMethod.OPERATOR_BILLING).amount(300),
                context().carrierBilled(4_800));

        assertThat(decision.hasReason("carrier.monthly_premium_cap_exceeded")).isTrue();
    }

    @Test
    void operatorBillingIsNotHeldToPricePoints() {
        Decision decision = Decide.with(
                TELEKOM, request().funding(FundingMethod.OPERATOR_BILLING).amount(333), context());

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void paymentsTheCarrierDoesNotBillIgnoreCarrierRules() {
        Decision decision = Decide.with(
                TELEKOM,
                request().funding(FundingMethod.CARD).amount(333),
                context().carrierBilled(5_000));

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void anotherCarriersSubscribersAreNotHeldToItsRules() {
        Decision decision = Decide.with(
                TELEKOM,
                request().carrier("26202").funding(FundingMethod.PREMIUM_SMS).amount(333),
                context());

        assertThat(decision.allowed()).isTrue();
    }
}
