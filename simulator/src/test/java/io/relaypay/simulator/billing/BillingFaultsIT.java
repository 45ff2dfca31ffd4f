package io.relaypay.simulator.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Faults a billing client must survive: the answer lost after the charge was made, and a slow
 * answer; in both the client reconciles by correlator or id.
 */
class BillingFaultsIT extends BillingFixture {

    @Test
    void chargeWhoseAnswerWasDroppedIsFoundByItsCorrelatorAndNotRepeatedOnRetry() throws Exception {
        network.billing().dropResponses(1);
        PaymentBody body = PaymentBody.charge(POSTPAID).correlator("lost-answer");

        assertThatThrownBy(() -> api.post("/payments", body.json())).isInstanceOf(IOException.class);

        JsonNode found = api.get("/payments?clientCorrelator=lost-answer").json();
        assertThat(found.size()).isEqualTo(1);
        assertThat(found.get(0).get("paymentStatus").stringValue()).isEqualTo("succeeded");
        BillingClient.Answer retry = api.post("/payments", body.json());
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(retry.json().get("paymentId")).isEqualTo(found.get(0).get("paymentId"));
        assertThat(network.phone(POSTPAID).bill()).hasSize(1);
    }

    @Test
    void confirmWhoseAnswerWasDroppedIsSeenAsSucceededByAGetById() throws Exception {
        String id = api.post("/payments/prepare", PaymentBody.charge(POSTPAID).json())
                .json()
                .get("paymentId")
                .stringValue();
        network.billing().dropResponses(1);

        assertThatThrownBy(() -> api.post("/payments/" + id + "/confirm", java.util.Map.of()))
                .isInstanceOf(IOException.class);

        assertThat(api.get("/payments/" + id).json().get("paymentStatus").stringValue())
                .isEqualTo("succeeded");
        api.post("/payments/" + id + "/confirm", java.util.Map.of()).problem(409, "payment-confirmed");
        assertThat(network.phone(POSTPAID).bill()).hasSize(1);
    }

    @Test
    void chargeDroppedBeforeWorkIsNotFoundByItsCorrelatorAndChargesOnceWhenRepeated() throws Exception {
        network.billing().dropRequests(1);
        PaymentBody body = PaymentBody.charge(POSTPAID).correlator("dropped-request");

        assertThatThrownBy(() -> api.post("/payments", body.json())).isInstanceOf(IOException.class);

        assertThat(api.get("/payments?clientCorrelator=dropped-request").json().size())
                .isZero();
        assertThat(network.phone(POSTPAID).bill()).isEmpty();
        assertThat(api.post("/payments", body.json()).status()).isEqualTo(201);
        assertThat(network.phone(POSTPAID).bill()).hasSize(1);
    }

    @Test
    void refusedRequestsDoNotUseUpADrop() throws Exception {
        network.billing().dropResponses(1);

        api.post("/payments", PaymentBody.charge(UNKNOWN).json()).problem(404, "unknown-phone-number");

        assertThatThrownBy(
                        () -> api.post("/payments", PaymentBody.charge(POSTPAID).json()))
                .isInstanceOf(IOException.class);
        assertThat(api.post("/payments", PaymentBody.charge(POSTPAID).json()).status())
                .isEqualTo(201);
    }

    @Test
    void slowAnswerTimesTheClientOutAndTheChargeShowsUpForReconciliation() throws Exception {
        network.billing().latency(Duration.ofMillis(500));
        String body = BillingClient.JSON.writeValueAsString(
                PaymentBody.charge(POSTPAID).correlator("slow").json());

        assertThatThrownBy(() -> api.post("/payments", body, Duration.ofMillis(100)))
                .isInstanceOf(HttpTimeoutException.class);

        network.billing().latency(Duration.ZERO);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.get("/payments?clientCorrelator=slow").json().size() == 1);
        assertThat(network.phone(POSTPAID).bill()).hasSize(1);
    }
}
