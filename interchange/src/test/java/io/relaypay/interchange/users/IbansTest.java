package io.relaypay.interchange.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IbansTest {

    @Test
    void ibansAreReadAsPeopleWriteThem() {
        assertThat(Ibans.parse("de89 3704 0044 0532 0130 00")).hasValue("DE89370400440532013000");
        assertThat(Ibans.parse("GB29NWBK60161331926819")).hasValue("GB29NWBK60161331926819");
        assertThat(Ibans.parse("NL91ABNA0417164300")).hasValue("NL91ABNA0417164300");
        assertThat(Ibans.parse("FR1420041010050500013M02606")).hasValue("FR1420041010050500013M02606");
    }

    @Test
    void wrongCheckDigitsAreRefused() {
        assertThat(Ibans.parse("DE88370400440532013000")).isEmpty();
    }

    @Test
    void aLengthOtherThanTheCountrysIsRefused() {
        assertThat(Ibans.parse("DE8937040044053201300")).isEmpty();
    }

    @Test
    void unknownCountriesAndJunkAreRefused() {
        assertThat(Ibans.parse("ZZ89370400440532013000")).isEmpty();
        assertThat(Ibans.parse("not an iban")).isEmpty();
        assertThat(Ibans.parse(null)).isEmpty();
    }

    @Test
    void maskedShowsOnlyTheLastFour() {
        assertThat(Ibans.masked("DE89370400440532013000")).isEqualTo("\u2022\u2022\u2022\u2022 3000");
    }
}
