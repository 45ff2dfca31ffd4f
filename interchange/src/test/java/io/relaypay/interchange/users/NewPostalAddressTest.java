package io.relaypay.interchange.users;

import static io.relaypay.interchange.users.NewLinkedAccountTest.param;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NewPostalAddressTest {

    static NewPostalAddress address(String country, Optional<String> postalCode) {
        return new NewPostalAddress(
                " Ada Lovelace ",
                "Main St 1",
                Optional.of(" "),
                "Berlin",
                Optional.empty(),
                postalCode,
                country,
                false);
    }

    @Test
    void fieldsAreTrimmedAndBlankOptionalsDropped() {
        NewPostalAddress a = address("DE", Optional.of("10115"));

        assertThat(a.name()).isEqualTo("Ada Lovelace");
        assertThat(a.line2()).isEmpty();
    }

    @Test
    void postalCodesFollowTheCountrysFormat() {
        assertThat(address("GB", Optional.of("sw1a 1aa")).postalCode()).hasValue("SW1A 1AA");
        assertThat(address("NL", Optional.of("1234 AB")).postalCode()).hasValue("1234 AB");
        assertThat(param(() -> address("DE", Optional.of("1011")))).isEqualTo("postal_code");
        assertThat(param(() -> address("US", Optional.of("ABCDE")))).isEqualTo("postal_code");
    }

    @Test
    void postalCodeIsRequiredUnlessTheCountryHasNone() {
        assertThat(param(() -> address("DE", Optional.empty()))).isEqualTo("postal_code");
        assertThat(address("HK", Optional.empty()).postalCode()).isEmpty();
    }

    @Test
    void countryIsAnUpperCaseIsoCode() {
        assertThat(param(() -> address("de", Optional.of("10115")))).isEqualTo("country");
        assertThat(param(() -> address("XX", Optional.of("10115")))).isEqualTo("country");
        assertThat(param(() -> address("DEU", Optional.of("10115")))).isEqualTo("country");
    }

    @Test
    void requiredTextMustBeThereAndFit() {
        assertThat(param(() -> new NewPostalAddress(
                        "Ada", " ", Optional.empty(), "Berlin", Optional.empty(), Optional.of("10115"), "DE", false)))
                .isEqualTo("line1");
        assertThat(param(() -> new NewPostalAddress(
                        "Ada",
                        "Main\nSt",
                        Optional.empty(),
                        "Berlin",
                        Optional.empty(),
                        Optional.of("10115"),
                        "DE",
                        false)))
                .isEqualTo("line1");
        assertThat(param(() -> new NewPostalAddress(
                        "Ada",
                        "Main St",
                        Optional.empty(),
                        "B".repeat(101),
                        Optional.empty(),
                        Optional.of("10115"),
                        "DE",
                        false)))
                .isEqualTo("city");
    }
}
