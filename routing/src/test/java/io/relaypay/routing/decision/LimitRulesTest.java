package io.relaypay.routing.decision;

import static io.relaypay.routing.decision.Contexts.context;
import static io.relaypay.routing.decision.Decide.eur;
import static io.relaypay.routing.decision.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** User, merchant and parental caps share {@link Limits}; each rule picks whose totals it checks. */
class LimitRulesTest {

    @Test
    void userLimitForOneUserDeniesThatUserAboveTheCap() {
        Rule rule = new UserLimitRule("u1", Scope.GLOBAL, "usr_1", eur(500, Limits.NO_CAP, Limits.NO_CAP));

        Decision decision = Decide.with(rule, request().user("usr_1").amount(501), context());

        assertThat(decision.hasReason("user.amount_per_transaction_exceeded")).isTrue();
    }

    @Test
    void userLimitForOneUserLeavesOtherUsersAlone() {
        Rule rule = new UserLimitRule("u1", Scope.GLOBAL, "usr_1", eur(500, Limits.NO_CAP, Limits.NO_CAP));

        Decision decision = Decide.with(rule, request().user("usr_2").amount(501), context());

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void paymentThatBringsTheDayExactlyToTheCapIsAllowed() {
        Rule rule = new UserLimitRule("all", Scope.GLOBAL, Scope.ANY, eur(Limits.NO_CAP, 2_000, Limits.NO_CAP));

        Decision decision = Decide.with(rule, request().amount(500), context().userSpent(1_500, 1_500));

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void merchantLimitChecksTheMerchantsTakingsNotTheUsersSpending() {
        Rule rule = new MerchantLimitRule("m", Scope.GLOBAL, Scope.ANY, eur(Limits.NO_CAP, 10_000, Limits.NO_CAP));

        Decision decision = Decide.with(
                rule, request().amount(1_000), context().userSpent(0, 0).merchantTook(9_500, 9_500));

        assertThat(decision.hasReason("merchant.amount_per_day_exceeded")).isTrue();
    }

    @Test
    void parentalCapDeniesAChildsPaymentAboveIt() {
        Rule rule = new ParentalLimitRule("parental", Scope.GLOBAL);

        Decision decision =
                Decide.with(rule, request().amount(2_000), context().parent(eur(1_000, Limits.NO_CAP, Limits.NO_CAP)));

        assertThat(decision.hasReason("parental.amount_per_transaction_exceeded"))
                .isTrue();
    }

    @Test
    void parentalBlockedCategoryDeniesTheChildsPayment() {
        Rule rule = new ParentalLimitRule("parental", Scope.GLOBAL);

        Decision decision = Decide.with(
                rule,
                request().category("games"),
                context().parent(eur(Limits.NO_CAP, Limits.NO_CAP, Limits.NO_CAP), "games"));

        assertThat(decision.hasReason("parental.category_blocked")).isTrue();
    }

    @Test
    void accountWithoutAParentIsNotHeldToParentalLimits() {
        Decision decision = Decide.with(new ParentalLimitRule("parental", Scope.GLOBAL), request(), context());

        assertThat(decision.allowed()).isTrue();
    }
}
