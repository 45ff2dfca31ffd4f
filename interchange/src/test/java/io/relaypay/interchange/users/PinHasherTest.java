package io.relaypay.interchange.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PinHasherTest {

    private final PinHasher hasher = new PinHasher(PinHasher.MIN_ITERATIONS);

    @Test
    void hashVerifiesTheSamePinOnly() {
        String hash = hasher.hash(pin("4711"));

        assertThat(hasher.matches(pin("4711"), hash)).isTrue();
        assertThat(hasher.matches(pin("4712"), hash)).isFalse();
        assertThat(hasher.matches(pin("47110"), hash)).isFalse();
    }

    @Test
    void hashCarriesItsParametersAndAFreshSalt() {
        String first = hasher.hash(pin("4711"));
        String second = hasher.hash(pin("4711"));

        assertThat(first).matches("pbkdf2-sha256\\$310000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void hashMadeWithFewerIterationsStillVerifiesAndIsOutdated() {
        PinHasher stronger = new PinHasher(PinHasher.MIN_ITERATIONS + 1);
        String old = hasher.hash(pin("2468"));

        assertThat(stronger.matches(pin("2468"), old)).isTrue();
        assertThat(stronger.outdated(old)).isTrue();
        assertThat(hasher.outdated(old)).isFalse();
    }

    @Test
    void malformedHashMatchesNothing() {
        assertThat(hasher.matches(pin("4711"), "plain-4711")).isFalse();
        assertThat(hasher.matches(pin("4711"), "pbkdf2-sha256$x$y$z")).isFalse();
        assertThat(hasher.matches(pin("4711"), "pbkdf2-sha256$0$AAAA$AAAA")).isFalse();
    }

    @Test
    void fewerIterationsThanTheFloorAreRefused() {
        assertThatThrownBy(() -> new PinHasher(100_000)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Pin pin(String digits) {
        return Pin.of(digits.toCharArray());
    }
}
