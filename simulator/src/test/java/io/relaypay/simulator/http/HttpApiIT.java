package io.relaypay.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulator's HTTP API and web page over real HTTP. */
class HttpApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static RecordingHttpServer moEndpoint;
    private static CarrierNetwork network;

    @BeforeAll
    static void start() throws Exception {
        moEndpoint = new RecordingHttpServer();
        network = CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts().toBuilder()
                .moCallbackUrl(moEndpoint.url("/mo?from=%p&to=%P&text=%a&id=%I&t=%t"))
                .moJsonCallbackUrl(URI.create(moEndpoint.url("/mo-json")))
                .build());
    }

    @AfterAll
    static void stop() {
        network.close();
        moEndpoint.close();
    }

    @Test
    void listsThePhones() throws Exception {
        HttpResponse<String> response = get("/phones");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode phones = JSON.readTree(response.body());
        assertThat(phones.size()).isEqualTo(network.phones().size());
        assertThat(phones.get(0).get("msisdn").stringValue()).isEqualTo("+4915112345671");
        assertThat(phones.get(0).get("carrier").stringValue()).isEqualTo("northwind");
    }

    @Test
    void postingAMessageSendsAnMoToTheCallbacksAndShowsOnThePage() throws Exception {
        HttpResponse<String> response = post(
                "/phones/+4915112345672/messages", "application/json", "{\"to\":\"84444\",\"text\":\"YES 42 <b>\"}");

        assertThat(response.statusCode()).isEqualTo(202);
        String id = JSON.readTree(response.body()).get("id").stringValue();
        await().until(() -> moEndpoint.requests.stream()
                .anyMatch(r ->
                        r.uri().getPath().equals("/mo") && r.uri().getRawQuery().contains("id=" + id)));
        RecordingHttpServer.Request get = moEndpoint.requests.stream()
                .filter(r ->
                        r.uri().getPath().equals("/mo") && r.uri().getRawQuery().contains("id=" + id))
                .findFirst()
                .orElseThrow();
        assertThat(get.uri().getRawQuery())
                .startsWith("from=%2B4915112345672&to=84444&text=YES+42+%3Cb%3E&id=" + id + "&t=");
        await().until(() -> moEndpoint.requests.stream()
                .anyMatch(r -> r.uri().getPath().equals("/mo-json") && r.body().contains("\"id\":\"" + id + "\"")));

        String page = get("/").body();
        assertThat(page).contains("YES 42 &lt;b&gt;").doesNotContain("YES 42 <b>");
    }

    @Test
    void theReplyFormSendsAnMoAndRedirectsToThePage() throws Exception {
        HttpResponse<String> response = post(
                "/phones/%2B4915112345673/messages", "application/x-www-form-urlencoded", "to=84444&text=hi+there");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/#"));
        assertThat(((io.relaypay.simulator.network.VirtualPhone) network.phone("+4915112345673")).sent())
                .anySatisfy(mo -> assertThat(mo.text()).isEqualTo("hi there"));
    }

    @Test
    void unknownPhoneIsAProblem404() throws Exception {
        HttpResponse<String> response = get("/phones/+4915199999999/messages");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("type").stringValue())
                .isEqualTo("https://relaypay.io/problems/simulator/unknown-phone");
    }

    @Test
    void badJsonIsAProblem400WithAStableType() throws Exception {
        HttpResponse<String> response = post("/phones/+4915112345671/messages", "application/json", "{\"to\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("type").stringValue())
                .isEqualTo("https://relaypay.io/problems/simulator/bad-json");
    }

    @Test
    void missingFieldsAreAProblem400() throws Exception {
        HttpResponse<String> response = post("/phones/+4915112345671/messages", "application/json", "{\"to\": 5}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("type").stringValue())
                .isEqualTo("https://relaypay.io/problems/simulator/invalid-request");
    }

    @Test
    void messagesListsWhatThePhoneReceivedAndTheBillItsCharges() throws Exception {
        HttpResponse<String> sent = post(
                "/api/v1/messages",
                "application/json",
                "{\"from\":\"84444\",\"to\":\"+4917612345672\",\"text\":\"Deposit 1.99\","
                        + "\"premium_price\":{\"amount\":199,\"currency\":\"EUR\"}}",
                "Bearer sim_test_key");
        assertThat(sent.statusCode()).isEqualTo(201);

        JsonNode messages = JSON.readTree(get("/phones/+4917612345672/messages").body());
        JsonNode last = messages.get(messages.size() - 1);
        assertThat(last.get("text").stringValue()).isEqualTo("Deposit 1.99");
        assertThat(last.get("sender").stringValue()).isEqualTo("84444");
        assertThat(last.get("premium_price").asLong()).isEqualTo(199);
        assertThat(last.get("currency").stringValue()).isEqualTo("EUR");
        assertThat(last.get("via").stringValue()).isEqualTo("json");
        assertThat(last.get("time").stringValue()).isNotBlank();

        JsonNode bill = JSON.readTree(get("/phones/+4917612345672/bill").body());
        assertThat(bill.get(bill.size() - 1).get("carrier_share").asLong()).isEqualTo(70);
        JsonNode carriers = JSON.readTree(get("/carriers").body());
        assertThat(carriers.get(1).get("carrier").stringValue()).isEqualTo("bluewave");
        assertThat(carriers.get(1).get("billed").asLong()).isGreaterThanOrEqualTo(199);
    }

    static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(network.httpUri().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String path, String contentType, String body, String... authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(network.httpUri().resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization.length > 0) {
            request.header("Authorization", authorization[0]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
