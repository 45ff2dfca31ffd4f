package io.relaypay.interchange.confirmations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfirmationCodesTest {

    @Test
    void codesHaveTheirShapeAndVary() {
        ConfirmationCodes codes = new ConfirmationCodes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ConfirmationCodes.Issued issued = codes.issue();
            assertThat(issued.replyCode()).matches("[0-9]{5}");
            assertThat(issued.webCode()).hasSize(6);
            assertThat(issued.webCode().chars()).allMatch(c -> ConfirmationCodes.WEB_ALPHABET.indexOf(c) >= 0);
            seen.add(issued.webCode());
        }
        assertThat(seen).hasSizeGreaterThan(190);
    }

    @Test
    void pageCodeAlphabetHasNoLookAlikes() {
        assertThat(ConfirmationCodes.WEB_ALPHABET)
                .doesNotContain("0", "O", "1", "I", "L", "2", "Z", "5", "S", "8", "B");
    }

    @Test
    void issuedCodesDoNotShowInLogs() {
        assertThat(new ConfirmationCodes().issue().toString()).doesNotContainPattern("[0-9]{5}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "48213|48213",
                "YES 48213|48213",
                "yes,48213!|48213",
                "48213 ok|48213",
                "4821|''",
                "482130|''",
                "call +4915112345671|''",
                "STOP|''"
            })
    void replyCodesAreTheFiveDigitGroups(String text, String expected) {
        assertThat(String.join(",", ConfirmationCodes.replyCodes(text))).isEqualTo(expected);
    }

    @Test
    void typedCodeIsNormalized() {
        assertThat(ConfirmationCodes.normalize(" k7p-2qx ")).isEqualTo("K7P2QX");
        assertThat(ConfirmationCodes.normalize(null)).isEmpty();
    }
}
