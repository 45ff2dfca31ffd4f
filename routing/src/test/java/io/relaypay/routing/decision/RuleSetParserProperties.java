package io.relaypay.routing.decision;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Rule text comes from outside (an operator, a database); bad text is a RuleSetException, nothing
 * else. Three kinds of text: the valid example mangled, any text at all, and well-formed rules of
 * every type whose fields and values are picked from names and values that probe each check.
 */
class RuleSetParserProperties {

    private static final List<String> TYPES = List.of(
            "country-regulation",
            "carrier-premium",
            "user-limit",
            "merchant-limit",
            "merchant-restriction",
            "parental-limit",
            "velocity",
            "blocklist",
            "new-number",
            "failed-pin-lockout",
            "amount-step-up",
            "no-such-type",
            "");

    private static final List<String> FIELDS = List.of(
            "country",
            "carrier",
            "currency",
            "per-transaction",
            "per-day",
            "per-month",
            "minimum-age",
            "price-points",
            "monthly-cap",
            "user",
            "merchant",
            "denied-categories",
            "denied-merchant-countries",
            "max-per-hour",
            "max-per-day",
            "numbers",
            "devices",
            "newer-than",
            "confirmation",
            "max-failed-pins",
            "threshold",
            "type",
            "typo");

    /** Values at and beyond each check's edges: signs, overflow, case, empty lists, odd durations. */
    private static final List<String> VALUES = List.of(
            "",
            "0",
            "-1",
            "5000",
            "2147483647",
            "2147483648",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "1e3",
            "12.50",
            "EUR",
            "eur",
            "EURO",
            "DE",
            "de",
            "*",
            "26201",
            "P7D",
            "P-7D",
            "PT0S",
            "PT-1S",
            "P106751991167301D",
            "PT9999999999999999999H",
            "BOTH",
            "PIN",
            "SMS_CODE",
            "both",
            "100, 200, 500",
            "100,,200",
            ",",
            "5,-3",
            "a,b",
            "+447700900123",
            "€",
            "\u0000",
            "=");

    @Property(tries = 2_000)
    void anyMangledExampleEitherParsesOrFailsWithARuleSetException(@ForAll("mangledTexts") String text) {
        assertParsesOrFailsCleanly(text);
    }

    @Property(tries = 2_000)
    void anyTextAtAllEitherParsesOrFailsWithARuleSetException(@ForAll("anyTexts") String text) {
        assertParsesOrFailsCleanly(text);
    }

    @Property(tries = 5_000)
    void wellFormedRulesWithProbingValuesParseOrFailWithARuleSetException(@ForAll("ruleTexts") String text) {
        boolean parsed = assertParsesOrFailsCleanly(text);

        // Both outcomes must be common, or the values probe nothing past the first check.
        Statistics.label("outcome").collect(parsed ? "parsed" : "rejected");
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("parsed").percentage(p -> p > 5);
            coverage.check("rejected").percentage(p -> p > 5);
        });
    }

    /** True when the text parsed, false when it failed with a RuleSetException; anything else fails. */
    private static boolean assertParsesOrFailsCleanly(String text) {
        boolean[] parsed = {false};
        assertThatCode(() -> {
                    try {
                        RuleSetParser.parse(text);
                        parsed[0] = true;
                    } catch (RuleSetException expected) {
                        // the only failure allowed
                    }
                })
                .as(text)
                .doesNotThrowAnyException();
        return parsed[0];
    }

    /** The valid example with lines dropped, duplicated and characters replaced. */
    @Provide
    Arbitrary<String> mangledTexts() {
        Arbitrary<String> lines = Arbitraries.of(RuleSetParserTest.RULES.lines().toList());
        Arbitrary<String> noise =
                Arbitraries.strings().withChars("=.#,*-PDT0123456789 abcXYZ\t").ofMaxLength(30);
        Arbitrary<String> mangled = Arbitraries.oneOf(lines, lines, lines, noise, lines.map(l -> l.replace('0', '-')));
        return mangled.list().ofMaxSize(25).map(list -> String.join("\n", list));
    }

    /** Any characters, surrogates and line breaks of every kind included, behind a version line or not. */
    @Provide
    Arbitrary<String> anyTexts() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(200);
        return Arbitraries.oneOf(any, any.map(text -> "version = 1\n" + text));
    }

    /** A version line, then up to 4 rules of random types with random fields set to probing values. */
    @Provide
    Arbitrary<String> ruleTexts() {
        Arbitrary<String> field = Combinators.combine(Arbitraries.of(FIELDS), Arbitraries.of(VALUES))
                .as((name, value) -> name + " = " + value);
        Arbitrary<String> rule = Combinators.combine(
                        Arbitraries.of("a", "b", "c", "x.y"),
                        Arbitraries.of(TYPES),
                        field.list().ofMaxSize(8))
                .as((id, type, fields) -> {
                    StringBuilder text = new StringBuilder("rule." + id + ".type = " + type + "\n");
                    fields.forEach(line -> text.append("rule.")
                            .append(id)
                            .append('.')
                            .append(line)
                            .append('\n'));
                    return text.toString();
                });
        return rule.list().ofMaxSize(4).map(rules -> "version = 2026-11-23.1\n" + String.join("", rules));
    }
}
