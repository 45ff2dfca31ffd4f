package io.relaypay.simulator.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The processor API over real HTTP on an ephemeral port, as the interchange uses it. */
class ProcessorApiIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    CarrierNetwork network;

    @BeforeEach
    void start() {
        network = CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());
    }

    @AfterEach
    void stop() {
        network.close();
    }

    record Answer(int status, JsonNode json, HttpResponse<String> response) {}

    Answer post(String path, Map<String, ?> body, String key) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(network.processorUri() + path))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + ProcessorConfig.DEFAULT_API_KEY)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return answer(request);
    }

    Answer get(String uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", "Bearer " + ProcessorConfig.DEFAULT_API_KEY)
                .GET()
                .build();
        return answer(request);
    }

    private Answer answer(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), JSON.readTree(response.body()), response);
    }

    String token(String pan) throws Exception {
        return post(
                        "/tokens",
                        Map.of("number", pan, "exp_month", 12, "exp_year", 2034),
                        UUID.randomUUID().toString())
                .json()
                .get("id")
                .stringValue();
    }

    Map<String, Object> cardPayment(String token, long amount, String reference) {
        return Map.of("token", token, "amount", amount, "currency", "EUR", "reference", reference);
    }

    @Test
    void tokenShowsOnlyTheLastFourDigits() throws Exception {
        Answer answer = post("/tokens", Map.of("number", "4242424242424242", "exp_month", 1, "exp_year", 2031), "k1");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.response().body()).doesNotContain("4242424242424242");
        assertThat(answer.json().get("last4").stringValue()).isEqualTo("4242");
        assertThat(answer.json().get("id").stringValue()).startsWith("tok_");
    }

    @Test
    void sameIdempotencyKeyReplaysTheFirstAnswerAndChargesOnce() throws Exception {
        String token = token("4242424242424242");
        Answer first = post("/card-payments", cardPayment(token, 500, "dep_a"), "dep_a/charge");
        Answer again = post("/card-payments", cardPayment(token, 500, "dep_a"), "dep_a/charge");
        Answer other = post("/card-payments", cardPayment(token, 501, "dep_a"), "dep_a/charge");

        assertThat(first.json().get("status").stringValue()).isEqualTo("captured");
        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(again.response().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().get("code").stringValue()).isEqualTo("idempotency-key-reused");
        assertThat(network.processor().cards().byReference("dep_a")).hasSize(1);
    }

    @Test
    void declinedCardAnswersItsDeclineCode() throws Exception {
        Answer answer = post("/card-payments", cardPayment(token("4000000000009995"), 500, "dep_b"), "dep_b");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("status").stringValue()).isEqualTo("declined");
        assertThat(answer.json().get("decline_code").stringValue()).isEqualTo("insufficient_funds");
    }

    @Test
    void challengeCodeShownOnTheBuyersPageCompletesThePayment() throws Exception {
        Answer waiting = post("/card-payments", cardPayment(token("4000002760003184"), 900, "dep_c"), "dep_c");
        assertThat(waiting.json().get("status").stringValue()).isEqualTo("requires_action");
        String page = waiting.json().at("/next_action/url").stringValue();
        String code = get(network.httpUri() + page).json().get("code").stringValue();
        String id = waiting.json().get("id").stringValue();

        Answer done = post("/card-payments/" + id + "/challenge", Map.of("code", code), "dep_c/challenge");

        assertThat(done.json().get("status").stringValue()).isEqualTo("captured");
        assertThat(done.json().get("amount_captured").asLong()).isEqualTo(900);
    }

    @Test
    void partialRefundsStopAtTheCapturedAmount() throws Exception {
        String id = post("/card-payments", cardPayment(token("4242424242424242"), 1_000, "dep_d"), "dep_d")
                .json()
                .get("id")
                .stringValue();

        assertThat(post("/card-payments/" + id + "/refunds", Map.of("amount", 600), "r1")
                        .status())
                .isEqualTo(201);
        Answer tooMuch = post("/card-payments/" + id + "/refunds", Map.of("amount", 401), "r2");

        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.json().get("code").stringValue()).isEqualTo("refund-exceeds-captured");
        assertThat(get(network.processorUri() + "/card-payments/" + id)
                        .json()
                        .get("amount_refunded")
                        .asLong())
                .isEqualTo(600);
    }

    @Test
    void bankDebitSettlesWhenTheControlEndpointAdvancesTime() throws Exception {
        Map<String, Object> debit = Map.of(
                "direction", "debit",
                "account_number", "000123456789",
                "routing_number", "110000000",
                "amount", 2_500,
                "currency", "USD",
                "reference", "dep_e");
        String id = post("/bank-transfers", debit, "dep_e").json().get("id").stringValue();
        assertThat(get(network.processorUri() + "/bank-transfers/" + id)
                        .json()
                        .get("status")
                        .stringValue())
                .isEqualTo("pending");

        post("/control/clock", Map.of("advance_seconds", Duration.ofDays(3).toSeconds()), "t1");

        assertThat(get(network.processorUri() + "/bank-transfers?reference=dep_e")
                        .json()
                        .at("/data/0/status")
                        .stringValue())
                .isEqualTo("settled");
    }

    @Test
    void droppedAnswerLeavesTheChargeFindableByReference() throws Exception {
        network.processor().fundStoredValue("ana@example.com", "EUR", 1_000);
        network.processor().dropResponses(1);
        Map<String, Object> charge =
                Map.of("email", "ana@example.com", "amount", 400, "currency", "EUR", "reference", "dep_f");

        assertThatThrownBy(() -> post("/stored-value-payments", charge, "dep_f"))
                .isInstanceOf(IOException.class);

        JsonNode found = get(network.processorUri() + "/stored-value-payments?reference=dep_f")
                .json();
        assertThat(found.at("/data/0/status").stringValue()).isEqualTo("succeeded");
        assertThat(post("/stored-value-payments", charge, "dep_f").json().get("id"))
                .isEqualTo(found.at("/data/0/id"));
        assertThat(network.processor()
                        .storedValue()
                        .account("ana@example.com")
                        .orElseThrow()
                        .balance())
                .isEqualTo(600);
    }

    @Test
    void requestDroppedBeforeWorkChargesNothingAndIsNotFoundByReference() throws Exception {
        network.processor().fundStoredValue("bo@example.com", "EUR", 1_000);
        network.processor().dropRequests(1);
        Map<String, Object> charge =
                Map.of("email", "bo@example.com", "amount", 400, "currency", "EUR", "reference", "dep_g");

        assertThatThrownBy(() -> post("/stored-value-payments", charge, "dep_g"))
                .isInstanceOf(IOException.class);

        JsonNode found = get(network.processorUri() + "/stored-value-payments?reference=dep_g")
                .json();
        assertThat(found.get("data")).isEmpty();
        assertThat(post("/stored-value-payments", charge, "dep_g")
                        .json()
                        .get("status")
                        .stringValue())
                .isEqualTo("succeeded");
        assertThat(network.processor()
                        .storedValue()
                        .account("bo@example.com")
                        .orElseThrow()
                        .balance())
                .isEqualTo(600);
    }

    @Test
    void wrongKeyIsRefused() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(network.processorUri() + "/card-payments?reference=x"))
                .header("Authorization", "Bearer nope")
                .build();

        assertThat(answer(request).status()).isEqualTo(401);
    }
}
