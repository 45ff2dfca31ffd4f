package io.relaypay.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON aggregator API and its delivery callbacks over real HTTP. */
class JsonAggregatorIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static RecordingHttpServer callbackEndpoint;
    private static CarrierNetwork network;

    @BeforeAll
    static void start() throws Exception {
        callbackEndpoint = new RecordingHttpServer();
        network = CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts().toBuilder()
                .gatewayDlrDelay(Duration.ofMillis(20))
                .build());
    }

    @AfterAll
    static void stop() {
        network.close();
        callbackEndpoint.close();
    }

    @Test
    void acceptedMessageIsDeliveredChargedAndReported() throws Exception {
        HttpResponse<String> response = send(
                "Bearer sim_test_key",
                "{\"from\":\"84444\",\"to\":\"+4915112345671\",\"text\":\"Your deposit\","
                        + "\"premium_price\":{\"amount\":499,\"currency\":\"EUR\"},\"callback_url\":\""
                        + callbackEndpoint.url("/dlr") + "\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode answer = JSON.readTree(response.body());
        String id = answer.get("id").stringValue();
        assertThat(answer.get("status").stringValue()).isEqualTo("accepted");
        assertThat(network.phone("+4915112345671").bill())
                .anySatisfy(c -> assertThat(c.reference()).isEqualTo(id));

        await().until(() ->
                callbackEndpoint.requests.stream().anyMatch(r -> r.body().contains(id)));
        JsonNode dlr = JSON.readTree(callbackEndpoint.requests.stream()
                .filter(r -> r.body().contains(id))
                .findFirst()
                .orElseThrow()
                .body());
        assertThat(dlr.get("status").stringValue()).isEqualTo("delivered");
        assertThat(dlr.get("to").stringValue()).isEqualTo("+4915112345671");
        assertThat(dlr.get("time").stringValue()).isNotBlank();
    }

    @Test
    void withoutTheApiKeyItIsUnauthorized() throws Exception {
        HttpResponse<String> response = send("Bearer wrong", "{}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(problemType(response)).endsWith("/unauthorized");
    }

    @Test
    void unknownRecipientAndUnbillablePriceAreUnprocessable() throws Exception {
        HttpResponse<String> unknown =
                send("Bearer sim_test_key", "{\"from\":\"84444\",\"to\":\"+4915199999999\",\"text\":\"x\"}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(problemType(unknown)).endsWith("/unknown-recipient");

        HttpResponse<String> unbillable = send(
                "Bearer sim_test_key",
                "{\"from\":\"84444\",\"to\":\"+4915112345671\",\"text\":\"x\","
                        + "\"premium_price\":{\"amount\":123,\"currency\":\"EUR\"}}");
        assertThat(unbillable.statusCode()).isEqualTo(422);
        assertThat(problemType(unbillable)).endsWith("/price-not-billable");
    }

    @Test
    void badJsonAndBadFieldsAreBadRequests() throws Exception {
        assertThat(problemType(send("Bearer sim_test_key", "[1,"))).endsWith("/bad-json");
        assertThat(problemType(send("Bearer sim_test_key", "{\"from\":\"84444\",\"to\":\"+4915112345671\"}")))
                .endsWith("/invalid-request");
        assertThat(problemType(send(
                        "Bearer sim_test_key",
                        "{\"from\":\"84444\",\"to\":\"+4915112345671\",\"text\":\"x\",\"callback_url\":\"ftp://x\"}")))
                .endsWith("/invalid-request");
    }

    private static String problemType(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        return JSON.readTree(response.body()).get("type").stringValue();
    }

    private static HttpResponse<String> send(String authorization, String body) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(network.httpUri().resolve("/api/v1/messages"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
