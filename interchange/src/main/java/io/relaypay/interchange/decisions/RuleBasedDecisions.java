package io.relaypay.interchange.decisions;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.merchants.MerchantService;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.routing.decision.Decision;
import io.relaypay.routing.decision.DecisionContext;
import io.relaypay.routing.decision.FraudSignals;
import io.relaypay.routing.decision.FundingMethod;
import io.relaypay.routing.decision.Merchant;
import io.relaypay.routing.decision.MerchantLimitRule;
import io.relaypay.routing.decision.Money;
import io.relaypay.routing.decision.PaymentRequest;
import io.relaypay.routing.decision.Phone;
import io.relaypay.routing.decision.Reason;
import io.relaypay.routing.decision.RuleSet;
import io.relaypay.routing.decision.Scope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PaymentDecisions} on routing's decision engine: the request is the payment with the
 * buyer's number, its carrier (the route graph's number plan) and country; the context is read from
 * the payments table; the verdict is logged with the rules that fired and stored for the admin API.
 *
 * <p>The funding method is not known when the buyer types a number (the balance may cover it or
 * not), so the decision is taken for the balance; carrier rules (premium price points and caps) apply
 * when funding is carrier-billed, decided by {@link #decide(Payment, String, FundingMethod)}.
 */
public final class RuleBasedDecisions implements PaymentDecisions {

    private static final Logger log = LoggerFactory.getLogger(RuleBasedDecisions.class);

    private final DecisionRules rules;
    private final DecisionCounters counters;
    private final DecisionLog decisions;
    private final MerchantService merchants;
    private final Function<String, Optional<String>> carrierOf;
    private final Settings settings;
    private final Ids ids;
    private final Clock clock;

    /**
     * How decisions are framed.
     *
     * @param zone the zone whose calendar days and months the totals follow
     * @param merchantCountry the country merchants trade from (rules may restrict merchant countries)
     */
    public record Settings(ZoneId zone, String merchantCountry) {
        /** Requires both. */
        public Settings {
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(merchantCountry, "merchantCountry");
        }
    }

    /** Decisions with the given rules, counters and log. */
    public RuleBasedDecisions(
            DecisionRules rules,
            DecisionCounters counters,
            DecisionLog decisions,
            MerchantService merchants,
            Function<String, Optional<String>> carrierOf,
            Settings settings,
            Ids ids,
            Clock clock) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.merchants = Objects.requireNonNull(merchants, "merchants");
        this.carrierOf = Objects.requireNonNull(carrierOf, "carrierOf");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Verdict decide(Payment payment, String phoneNumber) {
        return decide(payment, phoneNumber, FundingMethod.BALANCE);
    }

    /** The verdict when the payment is funded by {@code funding}. */
    public Verdict decide(Payment payment, String phoneNumber, FundingMethod funding) {
        Instant now = clock.instant();
        PhoneNumber number = PhoneNumber.of(phoneNumber);
        String region = number.region();
        String country = region != null && region.matches("[A-Z]{2}") ? region : "ZZ";
        String carrier = carrierOf.apply(number.e164()).orElse("unknown");
        io.relaypay.interchange.merchants.Merchant merchant = merchants.require(payment.merchantId());
        PaymentRequest request = new PaymentRequest(
                payment.userId().orElse("new-buyer"),
                new Phone(number.e164(), carrier, country),
                new Merchant(merchant.id(), merchant.category(), settings.merchantCountry()),
                new Money(payment.amount(), payment.currency()),
                funding,
                "unknown-device",
                now);
        BuyerHistory history = counters.history(
                payment,
                number.e164(),
                windows(now),
                merchantLimited(rules.book().current(), merchant.id()));
        DecisionContext context = new DecisionContext(
                history.buyer(),
                history.merchant(),
                0,
                new FraudSignals(
                        history.attemptsLastHour(),
                        history.attemptsLastDay(),
                        false,
                        false,
                        history.firstSeen().orElse(now),
                        history.failedPins()),
                Optional.empty(),
                OptionalInt.empty());
        StoredRules inForce = rules.current();
        Decision decision = rules.book().decide(request, context);
        log.info("{} payment={}", decision.logLine(), payment.id());
        decisions.record(new DecisionLog.StoredDecision(
                ids.next("dec"),
                payment.id(),
                decision.allowed(),
                decision.confirmation().name(),
                decision.reasons(),
                decision.firedRules(),
                decision.ruleSetVersion(),
                inForce.version(),
                payment.amount(),
                payment.currency(),
                carrier,
                country,
                now));
        return verdict(decision);
    }

    /**
     * Whether a merchant-limit rule in force can apply to {@code merchantId}. Only then are the
     * merchant's totals read: they sum every payment of the merchant this month, a cost that grows
     * with the merchant's volume (docs/benchmarks.md, the payment load run). Rules replaced between
     * this check and the decision take effect from the next payment on.
     */
    static boolean merchantLimited(RuleSet rules, String merchantId) {
        return rules.rules().stream()
                .anyMatch(rule -> rule instanceof MerchantLimitRule limit
                        && (Scope.ANY.equals(limit.merchantId())
                                || limit.merchantId().equals(merchantId)));
    }

    private DecisionCounters.Windows windows(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        return new DecisionCounters.Windows(
                today.atStartOfDay(settings.zone()).toInstant(),
                today.withDayOfMonth(1).atStartOfDay(settings.zone()).toInstant(),
                now.minus(Duration.ofHours(1)),
                now.minus(Duration.ofDays(1)));
    }

    private static Verdict verdict(Decision decision) {
        if (decision.allowed()) {
            return Verdict.allow(
                    switch (decision.confirmation()) {
                        case SMS_CODE -> Confirmation.SMS_CODE;
                        case PIN -> Confirmation.PIN;
                        case BOTH -> Confirmation.SMS_CODE_AND_PIN;
                    });
        }
        Reason first = decision.reasons().stream()
                .filter(Reason::denies)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("a denial without a denying reason"));
        return Verdict.deny(first.code(), first.message());
    }
}
