package io.relaypay.simulator.billing.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** CAMARA's decimal amounts to minor units and back, exactly. */
class BillingJsonTest {

    @Test
    void decimalAmountsBecomeMinorUnitsOfTheCurrency() {
        assertThat(BillingJson.minorUnits(number("4.99"), "amount", "EUR")).isEqualTo(499);
        assertThat(BillingJson.minorUnits(number("5"), "amount", "EUR")).isEqualTo(500);
        assertThat(BillingJson.minorUnits(number("0.10"), "amount", "EUR")).isEqualTo(10);
        assertThat(BillingJson.minorUnits(number("1e2"), "amount", "EUR")).isEqualTo(10_000);
        assertThat(BillingJson.minorUnits(number("500"), "amount", "JPY")).isEqualTo(500);
        assertThat(BillingJson.minorUnits(number("1.234"), "amount", "KWD")).isEqualTo(1_234);
    }

    @Test
    void amountsTheCurrencyCannotHoldAreRefused() {
        for (String bad : new String[] {"4.999", "0", "-1", "0.001", "1e13", "1e999999999"}) {
            assertThatThrownBy(() -> BillingJson.minorUnits(number(bad), "amount", "EUR"))
                    .as(bad)
                    .isInstanceOf(BillingProblemException.class);
        }
        assertThatThrownBy(() -> BillingJson.minorUnits(number("1.5"), "amount", "JPY"))
                .isInstanceOf(BillingProblemException.class)
                .hasMessageContaining("JPY");
        assertThatThrownBy(() -> BillingJson.minorUnits(BillingJson.JSON.readTree("\"4.99\""), "amount", "EUR"))
                .isInstanceOf(BillingProblemException.class)
                .hasMessageContaining("number");
    }

    @Test
    void minorUnitsAreShownWithTheCurrencysDecimals() {
        assertThat(BillingJson.majorUnits(499, "EUR")).hasToString("4.99");
        assertThat(BillingJson.majorUnits(500, "EUR")).hasToString("5.00");
        assertThat(BillingJson.majorUnits(500, "JPY")).hasToString("500");
        assertThat(BillingJson.JSON.writeValueAsString(BillingJson.majorUnits(150, "EUR")))
                .isEqualTo("1.50");
    }

    private static JsonNode number(String literal) {
        return BillingJson.JSON.readTree(literal);
    }
}
