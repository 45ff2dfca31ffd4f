package io.relaypay.messaging.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.InboundEvent.DeliveryReport;
import io.relaypay.messaging.InboundEvent.MobileOriginated;
import io.relaypay.messaging.MessageId;
import io.relaypay.testkit.TestClock;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The callback server over real HTTP: good callbacks reach the sink, bad ones get problem details and reach nothing. */
class CallbackServerIT {
    private static final MessageId ID = MessageId.newId();
    private static final CallbackSigner KANNEL = new CallbackSigner("kannel-a", "kannel-secret-0123456789");
    private static final CallbackSigner AGG = new CallbackSigner("agg", "aggregator-secret-0123456789");
    private static final String SIGNED_DLR = KANNEL.deliveryReportQuery(ID.toString());
    private final TestClock clock = TestClock.standing();
    private final List<InboundEvent> received = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private CallbackServer server;

    @BeforeEach
    void start() {
        server = CallbackServer.start(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.register(
                new CallbackRoute("kannel-a", KANNEL, new KannelCallbackParser("kannel-a", clock), received::add));
        server.register(new CallbackRoute("agg", AGG, new JsonCallbackParser("agg", clock), received::add));
    }

    @AfterEach
    void stop() {
        server.close();
        http.close();
    }

    @Test
    void kannelDeliveryReportReachesTheSink() throws Exception {
        var response = get("/callbacks/kannel-a/dlr?" + SIGNED_DLR + "&type=1&reply=stat%3ADELIVRD");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(received).singleElement().isInstanceOfSatisfying(DeliveryReport.class, report -> {
            assertThat(report.controllerMessageId()).isEqualTo(ID.toString());
            assertThat(report.status()).isEqualTo(DeliveryStatus.DELIVERED);
        });
    }

    @Test
    void jsonMoReachesTheSink() throws Exception {
        var response = post(
                "/callbacks/agg/mo?" + AGG.mobileOriginatedQuery(),
                "application/json",
                "{\"id\":\"m1\",\"from\":\"+4915112345671\",\"to\":\"84444\",\"text\":\"YES\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(received).singleElement().isInstanceOf(MobileOriginated.class);
    }

    @Test
    void jsonDeliveryReportCarriesOurSignedReference() throws Exception {
        var response = post(
                "/callbacks/agg/dlr?" + AGG.deliveryReportQuery(ID.toString()),
                "application/json",
                "{\"id\":\"agg-17\",\"status\":\"delivered\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(received).singleElement().isInstanceOfSatisfying(DeliveryReport.class, report -> {
            assertThat(report.controllerMessageId()).isEqualTo("agg-17");
            assertThat(report.clientReference()).contains(ID.toString());
        });
    }

    @Test
    void forgedDeliveryReportWithoutTokenIsUnauthorizedAndReachesNothing() throws Exception {
        var response = get("/callbacks/kannel-a/dlr?id=" + ID + "&type=1");

        assertUnauthorized(response);
    }

    @Test
    void tokenOfAnotherMessageIsUnauthorized() throws Exception {
        String otherToken = KANNEL.deliveryReportToken(MessageId.newId().toString());

        var response = get("/callbacks/kannel-a/dlr?id=" + ID + "&sig=" + otherToken + "&type=1");

        assertUnauthorized(response);
        assertThat(response.body()).doesNotContain(otherToken);
    }

    @Test
    void tokenOfAnotherKindOrChannelIsUnauthorized() throws Exception {
        String mo = "{\"id\":\"m1\",\"from\":\"+4915112345671\",\"to\":\"84444\",\"text\":\"YES\"}";

        assertUnauthorized(post("/callbacks/agg/mo", "application/json", mo));
        assertUnauthorized(post("/callbacks/agg/mo?" + KANNEL.mobileOriginatedQuery(), "application/json", mo));
        assertUnauthorized(get("/callbacks/kannel-a/dlr?id=" + ID + "&" + KANNEL.mobileOriginatedQuery() + "&type=1"));
        assertUnauthorized(
                post("/callbacks/agg/dlr?" + KANNEL.deliveryReportQuery(ID.toString()), "application/json", "{}"));
    }

    @Test
    void badInputIsAProblemAndReachesNothing() throws Exception {
        var response = get("/callbacks/kannel-a/dlr?" + SIGNED_DLR + "&type=99");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("type").stringValue()).isEqualTo(CallbackServer.INVALID_CALLBACK.toString());
        assertThat(problem.get("status").intValue()).isEqualTo(400);
        assertThat(problem.get("detail").stringValue()).contains("unknown Kannel delivery report type");
        assertThat(received).isEmpty();
    }

    @Test
    void brokenJsonIsAProblem() throws Exception {
        var response =
                post("/callbacks/agg/dlr?" + AGG.deliveryReportQuery(ID.toString()), "application/json", "{\"id\":");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(received).isEmpty();
    }

    @Test
    void oversizedBodyIsRefusedUnread() throws Exception {
        var response = post(
                "/callbacks/agg/dlr?" + AGG.deliveryReportQuery(ID.toString()),
                "application/json",
                "{\"id\":\"" + "x".repeat(2000) + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains(CallbackServer.CALLBACK_TOO_LARGE.toString());
        assertThat(received).isEmpty();
    }

    @Test
    void unknownChannelOrKindIsNotFound() throws Exception {
        assertThat(get("/callbacks/nobody/dlr?id=1").statusCode()).isEqualTo(404);
        assertThat(get("/callbacks/kannel-a/status").statusCode()).isEqualTo(404);
        assertThat(get("/elsewhere").statusCode()).isEqualTo(404);
        assertThat(received).isEmpty();
    }

    @Test
    void otherMethodsAreNotAllowed() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(url("/callbacks/kannel-a/dlr")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET, POST");
    }

    @Test
    void failingSinkAsksTheGatewayToSendTheCallbackAgain() throws Exception {
        server.register(new CallbackRoute("kannel-a", KANNEL, new KannelCallbackParser("kannel-a", clock), event -> {
            throw new IllegalStateException("database down");
        }));

        var response = get("/callbacks/kannel-a/dlr?" + SIGNED_DLR + "&type=1");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains(CallbackServer.SINK_UNAVAILABLE.toString());
    }

    @Test
    void unregisteredChannelIsNoLongerRouted() throws Exception {
        server.unregister("kannel-a");

        assertThat(get("/callbacks/kannel-a/dlr?" + SIGNED_DLR + "&type=1").statusCode())
                .isEqualTo(404);
    }

    private void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("type").stringValue()).isEqualTo(CallbackServer.CALLBACK_UNAUTHORIZED.toString());
        assertThat(problem.get("status").intValue()).isEqualTo(401);
        assertThat(received).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(url(path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create(server.baseUri() + path);
    }
}
