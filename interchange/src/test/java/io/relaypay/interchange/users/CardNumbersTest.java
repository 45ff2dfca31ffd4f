package io.relaypay.interchange.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardNumbersTest {

    @Test
    void numbersAreReadWithSpacesAndDashes() {
        assertThat(CardNumbers.digits("4242 4242-4242 4242")).hasValue("4242424242424242");
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertThat(CardNumbers.digits("4242424242424241")).isEmpty();
    }

    @Test
    void tooShortTooLongOrNotDigitsIsRefused() {
        assertThat(CardNumbers.digits("42424242426")).isEmpty();
        assertThat(CardNumbers.digits("4".repeat(20))).isEmpty();
        assertThat(CardNumbers.digits("4242x42424242424")).isEmpty();
        assertThat(CardNumbers.digits(null)).isEmpty();
    }

    @Test
    void brandComesFromTheLeadingDigits() {
        assertThat(CardNumbers.brand("4242424242424242")).isEqualTo("visa");
        assertThat(CardNumbers.brand("5555555555554444")).isEqualTo("mastercard");
        assertThat(CardNumbers.brand("2223003122003222")).isEqualTo("mastercard");
        assertThat(CardNumbers.brand("378282246310005")).isEqualTo("amex");
        assertThat(CardNumbers.brand("6011111111111117")).isEqualTo("discover");
        assertThat(CardNumbers.brand("3566002020360505")).isEqualTo("jcb");
        assertThat(CardNumbers.brand("36227206271667")).isEqualTo("diners");
        assertThat(CardNumbers.brand("6200000000000005")).isEqualTo("unionpay");
        assertThat(CardNumbers.brand("9000000000000000")).isEqualTo("unknown");
    }
}
