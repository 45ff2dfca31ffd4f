package io.relaypay.routing.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetParserTest {

    static final String RULES = """
            # German law and Telekom's terms
            version = 2026-11-23.1
            rule.de-law.type = country-regulation
            rule.de-law.country = DE
            rule.de-law.currency = EUR
            rule.de-law.per-transaction = 5000
            rule.de-law.per-month = 30000
            rule.de-law.minimum-age = 18

            rule.telekom.type = carrier-premium
            rule.telekom.carrier = 26201
            rule.telekom.currency = EUR
            rule.telekom.price-points = 100, 200, 500
            rule.telekom.monthly-cap = 5000

            rule.fresh-sim.type = new-number
            rule.fresh-sim.newer-than = P7D
            rule.fresh-sim.confirmation = BOTH
            """;

    @Test
    void everyConfiguredRuleBecomesARecordWithItsValues() {
        RuleSet rules = RuleSetParser.parse(RULES);

        assertThat(rules.version()).isEqualTo("2026-11-23.1");
        assertThat(rules.rules()).extracting(Rule::id).containsExactly("de-law", "telekom", "fresh-sim");
        assertThat(rules.rules().get(0))
                .isEqualTo(
                        new CountryRegulationRule("de-law", "DE", new Limits("EUR", 5_000, Limits.NO_CAP, 30_000), 18));
        assertThat(((CarrierPremiumRule) rules.rules().get(1)).pricePoints()).isEqualTo(List.of(100L, 200L, 500L));
        assertThat(rules.rules().get(2))
                .isEqualTo(new NewNumberRule("fresh-sim", Scope.GLOBAL, Duration.ofDays(7), Confirmation.BOTH));
    }

    @Test
    void misspelledFieldIsRejectedRatherThanDroppingTheCap() {
        assertThatThrownBy(() -> RuleSetParser.parse(
                        "version = 1\nrule.x.type = user-limit\nrule.x.currency = EUR\nrule.x.per-tranaction = 5\n"))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("unknown field per-tranaction");
    }

    @Test
    void textWithoutAVersionIsRejected() {
        assertThatThrownBy(() -> RuleSetParser.parse("rule.x.type = parental-limit\n"))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("version");
    }

    @Test
    void invalidValueNamesTheRuleAndItsLine() {
        assertThatThrownBy(
                        () -> RuleSetParser.parse(
                                "version = 1\n\nrule.de.type = country-regulation\nrule.de.country = Germany\nrule.de.currency = EUR"))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("rule de (line 3)");
    }
}
