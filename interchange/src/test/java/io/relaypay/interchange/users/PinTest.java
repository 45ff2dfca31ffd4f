package io.relaypay.interchange.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234", "12345678", "000000"})
    void fourToEightDigitsAreAPin(String typed) {
        assertThat(Pin.valid(typed.toCharArray())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "123456789", "12a4", "12 34", "١٢٣٤"})
    void anythingElseIsNot(String typed) {
        assertThat(Pin.valid(typed.toCharArray())).isFalse();
        assertThatThrownBy(() -> Pin.of(typed.toCharArray())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closingWipesTheDigitsAndTheTypedArrayIsNotShared() {
        char[] typed = "4711".toCharArray();
        Pin pin = Pin.of(typed);

        pin.close();

        assertThat(pin.digits()).containsOnly('\0');
        assertThat(typed).containsExactly('4', '7', '1', '1');
    }

    @Test
    void textNeverShowsTheDigits() {
        assertThat(Pin.of("4711".toCharArray()).toString()).doesNotContain("4711");
    }

    @Test
    void pinsCompareByDigits() {
        assertThat(Pin.of("4711".toCharArray()).sameAs(Pin.of("4711".toCharArray())))
                .isTrue();
        assertThat(Pin.of("4711".toCharArray()).sameAs(Pin.of("47110".toCharArray())))
                .isFalse();
    }
}
