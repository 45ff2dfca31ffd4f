package io.relaypay.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChargeTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void chargesArePositiveAndRefundsNegativeWithTheShareWithinTheAmount() {
        assertThat(line(ChargeKind.OPERATOR_BILLING, 499, 150).providerShareMinor())
                .isEqualTo(349);
        assertThat(line(ChargeKind.REFUND, -499, -150).providerShareMinor()).isEqualTo(-349);

        assertThatThrownBy(() -> line(ChargeKind.OPERATOR_BILLING, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(ChargeKind.REFUND, 100, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(ChargeKind.REFUND, -100, -101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(ChargeKind.PREMIUM_SMS, 100, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void premiumSmsLineKeepsTheStartOfTheText() {
        Charge charge = Charge.premiumSms(199, "EUR", AT, "84444", "1048576", "x".repeat(100), 60);

        assertThat(charge.kind()).isEqualTo(ChargeKind.PREMIUM_SMS);
        assertThat(charge.description()).hasSize(60);
    }

    private static Charge line(ChargeKind kind, long amount, long share) {
        return new Charge(kind, amount, "EUR", AT, "shop", "ref", "text", share);
    }
}
