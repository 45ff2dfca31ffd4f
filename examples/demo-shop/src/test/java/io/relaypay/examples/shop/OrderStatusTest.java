package io.relaypay.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.sdk.PaymentStatus;
import org.junit.jupiter.api.Test;

/** Only a final payment settles an order; every stored status reads back as itself. */
class OrderStatusTest {

    @Test
    void finalPaymentStatusesSettleTheOrderAndOthersLeaveItWaiting() {
        assertThat(OrderStatus.after(PaymentStatus.SUCCEEDED)).contains(OrderStatus.PAID);
        assertThat(OrderStatus.after(PaymentStatus.FAILED)).contains(OrderStatus.FAILED);
        assertThat(OrderStatus.after(PaymentStatus.CANCELED)).contains(OrderStatus.CANCELED);
        assertThat(OrderStatus.after(PaymentStatus.EXPIRED)).contains(OrderStatus.EXPIRED);
        for (PaymentStatus waiting : new PaymentStatus[] {
            PaymentStatus.REQUIRES_PHONE_NUMBER,
            PaymentStatus.REQUIRES_CONFIRMATION,
            PaymentStatus.PROCESSING,
            PaymentStatus.UNKNOWN
        }) {
            assertThat(OrderStatus.after(waiting)).as(waiting.name()).isEmpty();
        }
    }

    @Test
    void everyStatusReadsBackFromItsColumn() {
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(OrderStatus.fromColumn(status.column())).isEqualTo(status);
        }
    }

    @Test
    void moneyIsFormattedWithTheCurrencysOwnDecimals() {
        assertThat(Money.format(499, "EUR")).isEqualTo("EUR 4.99");
        assertThat(Money.format(500, "JPY")).isEqualTo("JPY 500");
        assertThat(Money.format(1, "BHD")).isEqualTo("BHD 0.001");
    }
}
