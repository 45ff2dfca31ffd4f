package io.relaypay.routing.decision;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Builds decision contexts for tests: nothing spent, a clean year-old number, an adult, no parent. */
final class Contexts {

    private Totals user = Totals.NONE;
    private Totals merchant = Totals.NONE;
    private long carrierBilled;
    private int attemptsLastHour;
    private int attemptsLastDay;
    private boolean numberBlocked;
    private boolean deviceBlocked;
    private Instant numberFirstSeen = Requests.NOW.minus(Duration.ofDays(365));
    private int failedPins;
    private Optional<ParentalLimits> parental = Optional.empty();
    private OptionalInt age = OptionalInt.of(30);

    static Contexts context() {
        return new Contexts();
    }

    Contexts userSpent(long day, long month) {
        user = new Totals(day, month);
        return this;
    }

    Contexts merchantTook(long day, long month) {
        merchant = new Totals(day, month);
        return this;
    }

    Contexts carrierBilled(long month) {
        carrierBilled = month;
        return this;
    }

    Contexts attempts(int lastHour, int lastDay) {
        attemptsLastHour = lastHour;
        attemptsLastDay = lastDay;
        return this;
    }

    Contexts numberBlocked() {
        numberBlocked = true;
        return this;
    }

    Contexts deviceBlocked() {
        deviceBlocked = true;
        return this;
    }

    Contexts numberFirstSeen(Duration ago) {
        numberFirstSeen = Requests.NOW.minus(ago);
        return this;
    }

    Contexts failedPins(int count) {
        failedPins = count;
        return this;
    }

    Contexts parent(Limits limits, String... blockedCategories) {
        parental = Optional.of(new ParentalLimits("usr_parent", limits, Set.of(blockedCategories)));
        return this;
    }

    Contexts age(int years) {
        age = OptionalInt.of(years);
        return this;
    }

    Contexts ageUnknown() {
        age = OptionalInt.empty();
        return this;
    }

    DecisionContext build() {
        return new DecisionContext(
                user,
                merchant,
                carrierBilled,
                new FraudSignals(
                        attemptsLastHour, attemptsLastDay, numberBlocked, deviceBlocked, numberFirstSeen, failedPins),
                parental,
                age);
    }
}
