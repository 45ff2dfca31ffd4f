package io.relaypay.interchange.deposits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DepositKeywordTest {

    @ParameterizedTest
    @CsvSource({
        "DEPOSIT 10, 1000",
        "deposit 10.00 EUR, 1000",
        "'  Deposit 9,99  ', 999",
        "DEPOSIT 0.5, 50",
        "DEPOSIT 2.99 eur, 299"
    })
    void readsTheAmountInMinorUnits(String text, long minor) {
        assertThat(DepositKeyword.parse(text, "EUR"))
                .map(DepositKeyword::amountMinor)
                .contains(minor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEPOSIT", "DEPOSIT ten", "DEPOSIT 1.999", "DEPOSIT 0", "DEPOSIT -5", "DEPOSIT 10 XXX1"})
    void refusesWhatIsNotAnAmount(String text) {
        assertThat(DepositKeyword.parse(text, "EUR")).isEmpty();
        assertThat(DepositKeyword.isKeyword(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "YES 12345", "STOP"})
    void otherTextsAreNotTheKeyword(String text) {
        assertThat(DepositKeyword.isKeyword(text)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aNamedCurrencyDecidesTheMinorUnit() {
        assertThat(DepositKeyword.parse("DEPOSIT 500 JPY", "EUR"))
                .contains(new DepositKeyword(500, Optional.of("JPY")));
        assertThat(DepositKeyword.parse("DEPOSIT 5.5 JPY", "EUR")).isEmpty();
    }
}
