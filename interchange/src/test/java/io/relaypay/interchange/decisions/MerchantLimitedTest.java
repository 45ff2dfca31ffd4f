package io.relaypay.interchange.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.routing.decision.RuleSet;
import io.relaypay.routing.decision.RuleSetParser;
import org.junit.jupiter.api.Test;

/** The merchant's monthly totals are read only when a merchant-limit rule can apply to it. */
class MerchantLimitedTest {

    static RuleSet rules(String merchantRule) {
        return RuleSetParser.parse("""
                version = t-1
                rule.eu-de.type = country-regulation
                rule.eu-de.country = DE
                rule.eu-de.currency = EUR
                rule.eu-de.per-transaction = 5000
                """ + merchantRule);
    }

    static String merchantLimit(String merchant) {
        return """
                rule.cap.type = merchant-limit
                rule.cap.merchant = %s
                rule.cap.currency = EUR
                rule.cap.per-month = 100000
                """.formatted(merchant);
    }

    @Test
    void rulesWithoutAMerchantLimitNeedNoMerchantTotals() {
        assertThat(RuleBasedDecisions.merchantLimited(rules(""), "mer_a")).isFalse();
    }

    @Test
    void aLimitOnThisMerchantNeedsItsTotals() {
        assertThat(RuleBasedDecisions.merchantLimited(rules(merchantLimit("mer_a")), "mer_a"))
                .isTrue();
    }

    @Test
    void aLimitOnEveryMerchantNeedsItsTotals() {
        assertThat(RuleBasedDecisions.merchantLimited(rules(merchantLimit("*")), "mer_a"))
                .isTrue();
    }

    @Test
    void aLimitOnAnotherMerchantNeedsNoTotalsOfThisOne() {
        assertThat(RuleBasedDecisions.merchantLimited(rules(merchantLimit("mer_b")), "mer_a"))
                .isFalse();
    }
}
