package io.relaypay.routing.decision;

import static io.relaypay.routing.decision.Contexts.context;
import static io.relaypay.routing.decision.Decide.eur;
import static io.relaypay.routing.decision.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryRegulationRuleTest {

    private static final CountryRegulationRule GERMAN_LAW =
            new CountryRegulationRule("de-law", "DE", eur(5_000, 10_000, 30_000), 18);

    @Test
    void paymentWithinEveryCapIsAllowedWithAnSmsCode() {
        Decision decision =
                Decide.with(GERMAN_LAW, request().amount(5_000), context().userSpent(5_000, 25_000));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(decision.confirmation()).isEqualTo(Confirmation.SMS_CODE);
        assertThat(decision.firedRules()).isEmpty();
    }

    @Test
    void paymentAboveThePerTransactionCapIsDenied() {
        Decision decision = Decide.with(GERMAN_LAW, request().amount(5_001), context());

        assertThat(decision.outcome()).isEqualTo(Outcome.DENY);
        assertThat(decision.hasReason("regulation.amount_per_transaction_exceeded"))
                .isTrue();
        assertThat(decision.firedRules()).containsExactly("de-law");
    }

    @Test
    void paymentThatWouldPassTheDailyCapIsDenied() {
        Decision decision =
                Decide.with(GERMAN_LAW, request().amount(1_000), context().userSpent(9_001, 9_001));

        assertThat(decision.hasReason("regulation.amount_per_day_exceeded")).isTrue();
        assertThat(decision.allowed()).isFalse();
    }

    @Test
    void paymentThatWouldPassTheMonthlyCapIsDenied() {
        Decision decision =
                Decide.with(GERMAN_LAW, request().amount(1_000), context().userSpent(0, 29_500));

        assertThat(decision.hasReason("regulation.amount_per_month_exceeded")).isTrue();
    }

    @Test
    void payerBelowTheMinimumAgeIsDenied() {
        Decision decision = Decide.with(GERMAN_LAW, request(), context().age(17));

        assertThat(decision.hasReason("regulation.minimum_age_not_met")).isTrue();
    }

    @Test
    void payerWithoutAVerifiedAgeIsDeniedWhereAnAgeRuleApplies() {
        Decision decision = Decide.with(GERMAN_LAW, request(), context().ageUnknown());

        assertThat(decision.hasReason("regulation.age_not_verified")).isTrue();
    }

    @Test
    void regulationOfAnotherCountryDoesNotApply() {
        Decision decision = Decide.with(GERMAN_LAW, request().country("FR").amount(99_999), context());

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void paymentInACurrencyTheCapsAreNotInIsDeniedRatherThanUnchecked() {
        Decision decision = Decide.with(GERMAN_LAW, request().currency("USD").amount(1), context());

        assertThat(decision.hasReason("regulation.currency_not_supported")).isTrue();
    }
}
