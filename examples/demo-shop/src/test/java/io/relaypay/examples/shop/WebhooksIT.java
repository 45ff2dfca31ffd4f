package io.relaypay.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.sdk.Webhooks;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks into the shop over real HTTP: only correctly signed, fresh events count, each once. */
class WebhooksIT {

    private final ShopFixture fixture = new ShopFixture();
    private String orderId;

    @BeforeEach
    void placeAnOrder() {
        orderId = fixture.buyAndGetOrderId("ebook-last-mile");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private String succeeded(String eventId) {
        fixture.relaypay.setStatus("pay_1", "succeeded", Optional.empty());
        String body = fixture.relaypay.event(eventId, "payment.succeeded", "pay_1");
        // Relaypay's own GET still says "waiting", so only the webhook can mark the order paid.
        fixture.relaypay.setStatus("pay_1", "requires_confirmation", Optional.empty());
        return body;
    }

    @Test
    void aSignedWebhookMarksTheOrderPaid() {
        HttpResponse<String> response = fixture.deliver(succeeded("evt_1"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(fixture.order(orderId).status()).isEqualTo(OrderStatus.PAID);
        assertThat(fixture.get("/orders/" + orderId).body())
                .contains("status paid")
                .contains("evt_1");
    }

    @Test
    void failedAndCanceledPaymentsSettleTheOrderWithRelaypaysMessage() {
        fixture.relaypay.setStatus("pay_1", "failed", Optional.of("Not enough credit"));

        fixture.deliver(fixture.relaypay.event("evt_1", "payment.failed", "pay_1"));

        Order order = fixture.order(orderId);
        assertThat(order.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(order.note()).contains("Not enough credit");
    }

    @Test
    void aForgedWebhookIsRefusedAndChangesNothing() {
        String body = succeeded("evt_1");
        List<OrderEvent> before = fixture.shop.store().history(orderId);

        HttpResponse<String> forged =
                fixture.deliver(body, Webhooks.sign(body, "whsec_guessed", fixture.clock.instant()));

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("signature_mismatch");
        assertThat(fixture.order(orderId).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(fixture.shop.store().history(orderId)).isEqualTo(before);
        // Nor was the event id taken: the genuine delivery of the same event still applies.
        assertThat(fixture.deliver(body).body()).isEqualTo("applied\n");
    }

    @Test
    void aTamperedBodyUnderAGenuineSignatureIsRefused() {
        String body = succeeded("evt_1");
        String signature = Webhooks.sign(body, ShopFixture.SECRET, fixture.clock.instant());

        HttpResponse<String> tampered = fixture.deliver(body.replace("\"amount\":899", "\"amount\":1"), signature);

        assertThat(tampered.statusCode()).isEqualTo(400);
        assertThat(fixture.order(orderId).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void anUnsignedOrReplayedWebhookIsRefused() {
        String body = succeeded("evt_1");
        String signedNow = Webhooks.sign(body, ShopFixture.SECRET, fixture.clock.instant());

        assertThat(fixture.deliver(body, "").statusCode()).isEqualTo(400);
        fixture.clock.advance(Duration.ofMinutes(10));
        HttpResponse<String> replayed = fixture.deliver(body, signedNow);

        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(replayed.body()).contains("timestamp_out_of_tolerance");
        assertThat(fixture.order(orderId).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void aDuplicateEventIsAppliedOnce() {
        String body = succeeded("evt_1");

        HttpResponse<String> first = fixture.deliver(body);
        HttpResponse<String> second = fixture.deliver(body);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("applied\n");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo("duplicate\n");
        assertThat(fixture.shop.store().history(orderId))
                .filteredOn(line -> line.text().contains("evt_1"))
                .hasSize(1);
    }

    @Test
    void concurrentDeliveriesOfOneEventApplyItOnce() throws Exception {
        String body = succeeded("evt_1");
        List<Future<HttpResponse<String>>> deliveries = new ArrayList<>();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) {
                deliveries.add(senders.submit(() -> fixture.deliver(body)));
            }
        }

        List<String> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> delivery : deliveries) {
            assertThat(delivery.get().statusCode()).isEqualTo(200);
            answers.add(delivery.get().body());
        }
        assertThat(answers).containsOnlyOnce("applied\n");
        assertThat(fixture.shop.store().history(orderId))
                .filteredOn(line -> line.text().contains("evt_1"))
                .hasSize(1);
    }

    @Test
    void aLaterContradictingEventDoesNotReopenASettledOrder() {
        fixture.deliver(succeeded("evt_1"));
        fixture.relaypay.setStatus("pay_1", "failed", Optional.of("late"));

        HttpResponse<String> late = fixture.deliver(fixture.relaypay.event("evt_2", "payment.failed", "pay_1"));

        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(fixture.order(orderId).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aPaymentForADifferentAmountDoesNotMarkTheOrderPaid() {
        fixture.relaypay.setStatus("pay_1", "succeeded", Optional.empty());
        String body =
                fixture.relaypay.event("evt_1", "payment.succeeded", "pay_1").replace("\"amount\":899", "\"amount\":1");

        fixture.deliver(body);

        assertThat(fixture.order(orderId).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(fixture.shop.store().history(orderId).getLast().text()).contains("differs");
    }

    @Test
    void anEventForAnotherShopsPaymentIsAcknowledgedAndIgnored() {
        String body = succeeded("evt_1").replace(orderId, "ord_somebodyelse");

        HttpResponse<String> response = fixture.deliver(body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ignored\n");
        assertThat(fixture.order(orderId).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }
}
