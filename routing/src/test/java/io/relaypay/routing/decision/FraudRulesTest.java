package io.relaypay.routing.decision;

import static io.relaypay.routing.decision.Contexts.context;
import static io.relaypay.routing.decision.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FraudRulesTest {

    @Test
    void attemptBeyondTheHourlyVelocityIsDenied() {
        Decision decision = Decide.with(
                new VelocityRule("v", Scope.GLOBAL, 5, 20), request(), context().attempts(5, 5));

        assertThat(decision.hasReason("fraud.velocity_exceeded")).isTrue();
    }

    @Test
    void lastAttemptWithinTheVelocityIsAllowed() {
        Decision decision = Decide.with(
                new VelocityRule("v", Scope.GLOBAL, 5, 20), request(), context().attempts(4, 19));

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void configuredBlockedNumberIsDenied() {
        Rule rule = new BlocklistRule("bl", Scope.GLOBAL, Set.of("+4915100000000"), Set.of());

        Decision decision = Decide.with(rule, request().number("+4915100000000"), context());

        assertThat(decision.hasReason("fraud.number_blocked")).isTrue();
    }

    @Test
    void deviceFlaggedByTheLiveFeedIsDenied() {
        Rule rule = new BlocklistRule("bl", Scope.GLOBAL, Set.of(), Set.of());

        Decision decision = Decide.with(rule, request(), context().deviceBlocked());

        assertThat(decision.hasReason("fraud.device_blocked")).isTrue();
    }

    @Test
    void newNumberIsAllowedButMustConfirmMoreStrongly() {
        Rule rule = new NewNumberRule("new", Scope.GLOBAL, Duration.ofDays(7), Confirmation.BOTH);

        Decision decision = Decide.with(rule, request(), context().numberFirstSeen(Duration.ofDays(2)));

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.confirmation()).isEqualTo(Confirmation.BOTH);
        assertThat(decision.hasReason("fraud.new_number")).isTrue();
    }

    @Test
    void numberKnownLongerThanTheWindowConfirmsByCodeOnly() {
        Rule rule = new NewNumberRule("new", Scope.GLOBAL, Duration.ofDays(7), Confirmation.BOTH);

        Decision decision = Decide.with(rule, request(), context().numberFirstSeen(Duration.ofDays(8)));

        assertThat(decision.confirmation()).isEqualTo(Confirmation.SMS_CODE);
    }

    @Test
    void accountIsLockedAfterTooManyFailedPins() {
        Decision decision = Decide.with(
                new FailedPinLockoutRule("pin", Scope.GLOBAL, 3),
                request(),
                context().failedPins(3));

        assertThat(decision.hasReason("fraud.pin_locked")).isTrue();
    }

    @Test
    void largePaymentAsksForThePin() {
        Rule rule = new AmountStepUpRule("big", Scope.GLOBAL, new Money(10_000, "EUR"), Confirmation.PIN);

        Decision decision = Decide.with(rule, request().amount(10_000), context());

        assertThat(decision.confirmation()).isEqualTo(Confirmation.PIN);
    }

    @Test
    void pinStepUpAndSmsStepUpTogetherAskForBoth() {
        List<Rule> rules = List.of(
                new AmountStepUpRule("big", Scope.GLOBAL, new Money(10_000, "EUR"), Confirmation.PIN),
                new NewNumberRule("new", Scope.GLOBAL, Duration.ofDays(7), Confirmation.SMS_CODE));

        Decision decision =
                Decide.with(rules, request().amount(10_000), context().numberFirstSeen(Duration.ZERO));

        assertThat(decision.confirmation()).isEqualTo(Confirmation.BOTH);
        assertThat(decision.firedRules()).containsExactly("big", "new");
    }
}
