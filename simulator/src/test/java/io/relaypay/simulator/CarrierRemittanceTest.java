package io.relaypay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarrierRemittanceTest {

    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-02T00:00:00Z");

    private static Charge line(ChargeKind kind, long amount, long share, Instant at, String reference) {
        return new Charge(kind, amount, "EUR", at, "shop", reference, "text", share);
    }

    @Test
    void remitsThePayableOfEachLineInThePeriod() {
        List<Charge> bill = List.of(
                line(ChargeKind.OPERATOR_BILLING, 1_000, 300, FROM.minusSeconds(1), "before"),
                line(ChargeKind.OPERATOR_BILLING, 1_000, 300, FROM, "first"),
                line(ChargeKind.PREMIUM_SMS, 199, 60, TO.minusSeconds(1), "second"),
                line(ChargeKind.REFUND, -500, -150, TO.minusSeconds(1), "refund"),
                line(ChargeKind.OPERATOR_BILLING, 1_000, 300, TO, "after"));

        CarrierRemittance remittance = CarrierRemittance.of("northwind", "EUR", FROM, TO, bill);

        assertThat(remittance.lines())
                .extracting(CarrierRemittance.Line::reference)
                .containsExactly("first", "second", "refund");
        assertThat(remittance.lines())
                .extracting(CarrierRemittance.Line::payableMinor)
                .containsExactly(700L, 139L, -350L);
        assertThat(remittance.payableMinor()).isEqualTo(489);
    }

    @Test
    void theSamePeriodHasTheSameReference() {
        assertThat(CarrierRemittance.of("northwind", "EUR", FROM, TO, List.of()).reference())
                .isEqualTo(CarrierRemittance.of("northwind", "EUR", FROM, TO, List.of())
                        .reference())
                .isNotEqualTo(CarrierRemittance.of("bluewave", "EUR", FROM, TO, List.of())
                        .reference());
    }

    @Test
    void periodsWithinTheSameSecondHaveTheirOwnReferences() {
        assertThat(CarrierRemittance.of("northwind", "EUR", FROM, TO, List.of()).reference())
                .isNotEqualTo(CarrierRemittance.of("northwind", "EUR", FROM, TO.plusMillis(1), List.of())
                        .reference());
    }
}
