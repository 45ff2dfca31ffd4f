package io.relaypay.interchange.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void internationalNumberAsPeopleTypeItBecomesE164() {
        assertThat(new PhoneNumbers("").parse(" +49 151 1234-5671 ")).hasValue("+4915112345671");
    }

    @Test
    void nationalNumberNeedsTheDefaultRegion() {
        assertThat(new PhoneNumbers("").parse("0151 12345671")).isEmpty();
        assertThat(new PhoneNumbers("de").parse("0151 12345671")).hasValue("+4915112345671");
    }

    @Test
    void textThatIsNoNumberIsRefused() {
        PhoneNumbers numbers = new PhoneNumbers("");
        assertThat(numbers.parse("call me")).isEmpty();
        assertThat(numbers.parse("+49 1")).isEmpty();
        assertThat(numbers.parse(null)).isEmpty();
        assertThat(numbers.parse("+" + "1".repeat(60))).isEmpty();
    }
}
