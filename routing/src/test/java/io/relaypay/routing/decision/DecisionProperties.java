package io.relaypay.routing.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DecisionProperties {

    /**
     * With only cap rules, a payment is allowed exactly when it breaks no cap, as worked out here
     * straight from the rules' values (exact boundaries included).
     */
    @Property(tries = 2_000)
    void paymentIsAllowedExactlyWhenItBreaksNoConfiguredCap(
            @ForAll("capRuleLists") List<Rule> rules,
            @ForAll("requests") PaymentRequest request,
            @ForAll("capContexts") DecisionContext context) {
        RuleSet ruleSet = DecisionArbitraries.ruleSet(rules);

        Decision decision = DecisionEngine.compile(ruleSet).decide(request, context);

        boolean breaksACap = ruleSet.rules().stream().anyMatch(rule -> CapOracle.breaks(rule, request, context));
        assertThat(decision.allowed()).as(decision.logLine()).isEqualTo(!breaksACap);
    }

    /** Rules only add denials and step-ups: one more rule keeps every reason and never loosens anything. */
    @Property(tries = 2_000)
    void addingARuleNeverTurnsADenialIntoAnAllowanceNorWeakensConfirmation(
            @ForAll("ruleLists") List<Rule> rules,
            @ForAll("anyRule") Rule extra,
            @ForAll("requests") PaymentRequest request,
            @ForAll("contexts") DecisionContext context) {
        RuleSet before = DecisionArbitraries.ruleSet(rules);
        RuleSet after = before.with(DecisionArbitraries.renamed(extra, "extra"), "generated+1");

        Decision without = DecisionEngine.compile(before).decide(request, context);
        Decision with = DecisionEngine.compile(after).decide(request, context);

        if (!without.allowed()) {
            assertThat(with.allowed()).isFalse();
        }
        assertThat(with.confirmation().compareTo(without.confirmation())).isGreaterThanOrEqualTo(0);
        assertThat(codes(with)).containsAll(codes(without));
    }

    private static Set<String> codes(Decision decision) {
        return decision.reasons().stream()
                .map(reason -> reason.ruleId() + ":" + reason.code())
                .collect(Collectors.toSet());
    }

    @Provide
    Arbitrary<List<Rule>> capRuleLists() {
        return DecisionArbitraries.capRules().list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Rule>> ruleLists() {
        return DecisionArbitraries.rules().list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<Rule> anyRule() {
        return DecisionArbitraries.rules();
    }

    @Provide
    Arbitrary<PaymentRequest> requests() {
        return DecisionArbitraries.requests();
    }

    @Provide
    Arbitrary<DecisionContext> capContexts() {
        return DecisionArbitraries.capContexts();
    }

    @Provide
    Arbitrary<DecisionContext> contexts() {
        return DecisionArbitraries.contexts();
    }
}
