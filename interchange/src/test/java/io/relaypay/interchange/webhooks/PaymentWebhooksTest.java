package io.relaypay.interchange.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.events.MerchantEvents;
import io.relaypay.interchange.payments.FailureReason;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.interchange.payments.PaymentView;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PaymentWebhooksTest {

    static final URI PUBLIC_URL = URI.create("https://pay.example/");

    /** Keeps what was published. */
    static final class RecordingEvents implements MerchantEvents {
        record Published(String merchantId, boolean livemode, String type, Object object) {}

        final List<Published> published = new ArrayList<>();

        @Override
        public String publish(String merchantId, boolean livemode, String type, Object object) {
            published.add(new Published(merchantId, livemode, type, object));
            return "evt_" + published.size();
        }
    }

    static Payment payment(PaymentStatus status) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        return new Payment(
                "pay_1",
                "mer_1",
                true,
                status,
                499,
                "EUR",
                0,
                "order-1",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                status == PaymentStatus.FAILED
                        ? Optional.of(new Payment.Failure(FailureReason.DECLINED, "declined"))
                        : Optional.empty(),
                at,
                at,
                at,
                1,
                false,
                Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({
        "SUCCEEDED, payment.succeeded",
        "FAILED, payment.failed",
        "CANCELED, payment.canceled",
        "EXPIRED, payment.expired"
    })
    void terminalStatusIsPublishedWithThePaymentAsTheApiShowsIt(PaymentStatus status, String type) {
        RecordingEvents events = new RecordingEvents();
        Payment payment = payment(status);

        new PaymentWebhooks(events, PUBLIC_URL).changed(payment);

        assertThat(events.published)
                .containsExactly(
                        new RecordingEvents.Published("mer_1", true, type, PaymentView.of(payment, PUBLIC_URL)));
    }

    @ParameterizedTest
    @EnumSource(
            value = PaymentStatus.class,
            names = {"REQUIRES_PHONE_NUMBER", "REQUIRES_CONFIRMATION", "PROCESSING"})
    void stepsOnTheWayAreNotSent(PaymentStatus status) {
        RecordingEvents events = new RecordingEvents();

        new PaymentWebhooks(events, PUBLIC_URL).changed(payment(status));

        assertThat(events.published).isEmpty();
    }

    @Test
    void everyTerminalStatusHasAnEventTypeAndNoOtherDoes() {
        for (PaymentStatus status : PaymentStatus.values()) {
            assertThat(PaymentWebhooks.eventType(status).isPresent())
                    .as(status.name())
                    .isEqualTo(status.terminal());
        }
    }
}
