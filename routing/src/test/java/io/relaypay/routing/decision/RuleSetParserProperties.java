package io.relaypay.routing.decision;

import static org.assertj.core.api.Assertions.assertThatCode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rule text comes from outside (an operator, a database); bad text is a RuleSetException, nothing else. */
class RuleSetParserProperties {

    @Property(tries = 2_000)
    void anyTextEitherParsesOrFailsWithARuleSetException(@ForAll("ruleTexts") String text) {
        assertThatCode(() -> {
                    try {
                        RuleSetParser.parse(text);
                    } catch (RuleSetException expected) {
                        // the only failure allowed
                    }
                })
                .doesNotThrowAnyException();
    }

    /** The valid example with lines dropped, duplicated and characters replaced. */
    @Provide
    Arbitrary<String> ruleTexts() {
        Arbitrary<String> lines = Arbitraries.of(RuleSetParserTest.RULES.lines().toList());
        Arbitrary<String> noise =
                Arbitraries.strings().withChars("=.#,*-PDT0123456789 abcXYZ\t").ofMaxLength(30);
        Arbitrary<String> mangled = Arbitraries.oneOf(lines, lines, lines, noise, lines.map(l -> l.replace('0', '-')));
        return mangled.list().ofMaxSize(25).map(list -> String.join("\n", list));
    }
}
