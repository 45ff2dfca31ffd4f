package io.relaypay.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SimulatorConfig;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Kannel-compatible sendsms gateway and its delivery report callbacks over real HTTP. */
class KannelGatewayIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static RecordingHttpServer dlrEndpoint;
    private static CarrierNetwork network;

    @BeforeAll
    static void start() throws Exception {
        dlrEndpoint = new RecordingHttpServer();
        network = CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts().toBuilder()
                .gatewayDlrDelay(Duration.ofMillis(50))
                .redeliveryInterval(Duration.ofMillis(50))
                .build());
    }

    @AfterAll
    static void stop() {
        network.close();
        dlrEndpoint.close();
    }

    @Test
    void acceptedMessageReachesThePhoneAndReportsAckAndDeliveryToTheDlrUrl() throws Exception {
        String dlrUrl = dlrEndpoint.url("/dlr?ref=abc&type=%d&to=%p&from=%P&smsc=%i&id=%I&answer=%A");
        HttpResponse<String> response = sendsms("username=relaypay&password=secret&from=84444&to=%2B4915112345671"
                + "&text=" + encode("Pay 9.99 EUR? Reply YES") + "&dlr-mask=9&dlr-url=" + encode(dlrUrl));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEqualTo("0: Accepted for delivery");
        List<ReceivedMessage> inbox = network.phone("+4915112345671").inbox();
        assertThat(inbox.getLast().text()).isEqualTo("Pay 9.99 EUR? Reply YES");
        assertThat(inbox.getLast().via()).isEqualTo("http");

        await().until(() -> dlrEndpoint.requests.stream()
                        .filter(r -> r.uri()
                                .getRawQuery()
                                .contains("id=" + inbox.getLast().networkMessageId()))
                        .count()
                == 2);
        List<String> queries = dlrEndpoint.requests.stream()
                .map(r -> r.uri().getRawQuery())
                .filter(q -> q.contains("id=" + inbox.getLast().networkMessageId()))
                .toList();
        assertThat(queries)
                .anySatisfy(q -> assertThat(q).startsWith("ref=abc&type=8&to=%2B4915112345671&from=84444&smsc=http&"));
        assertThat(queries)
                .anySatisfy(q -> assertThat(q).startsWith("ref=abc&type=1&").contains("stat%3ADELIVRD"));
    }

    @Test
    void ucs2TextIsReadWithTheGivenCoding() throws Exception {
        byte[] ucs2 = "Привет".getBytes(StandardCharsets.UTF_16BE);
        StringBuilder text = new StringBuilder();
        for (byte b : ucs2) {
            text.append('%').append(String.format("%02X", b & 0xFF));
        }
        HttpResponse<String> response =
                sendsms("username=relaypay&password=secret&from=84444&to=4915112345672&coding=2&text=" + text);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(network.phone("+4915112345672").inbox().getLast().text()).isEqualTo("Привет");
    }

    @Test
    void premiumToABarredPhoneReportsFailure() throws Exception {
        String dlrUrl = dlrEndpoint.url("/barred?type=%d");
        HttpResponse<String> response = sendsms("username=relaypay&password=secret&from=84444&to=%2B4917612345673"
                + "&text=premium&binfo=" + encode("99 EUR") + "&dlr-mask=3&dlr-url=" + encode(dlrUrl));

        assertThat(response.statusCode()).isEqualTo(202);
        await().until(() ->
                dlrEndpoint.requests.stream().anyMatch(r -> r.uri().getPath().equals("/barred")));
        assertThat(dlrEndpoint.requests.stream().filter(r -> r.uri().getPath().equals("/barred")))
                .singleElement()
                .satisfies(r -> assertThat(r.uri().getRawQuery()).isEqualTo("type=2"));
        assertThat(network.phone("+4917612345673").bill()).isEmpty();
    }

    @Test
    void aFailingDlrUrlIsRetried() throws Exception {
        dlrEndpoint.failNext(2);
        String dlrUrl = dlrEndpoint.url("/retry?type=%d");
        sendsms("username=relaypay&password=secret&from=84444&to=%2B4915112345673&text=x&dlr-mask=1&dlr-url="
                + encode(dlrUrl));

        await().until(() ->
                dlrEndpoint.requests.stream().anyMatch(r -> r.uri().getPath().equals("/retry")));
    }

    @Test
    void wrongCredentialsAreForbidden() throws Exception {
        HttpResponse<String> response = sendsms("username=relaypay&password=nope&from=1&to=%2B4915112345671&text=x");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("Authorization failed for sendsms");
    }

    @Test
    void missingReceiverOrTextIsABadRequest() throws Exception {
        assertThat(sendsms("username=relaypay&password=secret&from=1&text=x").body())
                .isEqualTo("Missing receiver number, rejected");
        HttpResponse<String> noText = sendsms("username=relaypay&password=secret&from=1&to=%2B4915112345671");
        assertThat(noText.statusCode()).isEqualTo(400);
        assertThat(noText.body()).isEqualTo("Missing text, rejected");
        assertThat(sendsms("username=relaypay&password=secret&from=1&to=%2B4915112345671&text=x&coding=7")
                        .body())
                .isEqualTo("Coding field misformed, rejected");
    }

    @Test
    void unknownNumberIsNotRoutable() throws Exception {
        HttpResponse<String> response =
                sendsms("username=relaypay&password=secret&from=84444&to=%2B4915199999999&text=x");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("Not routable. Do not try again.");
    }

    @Test
    void postWithKannelHeadersIsAccepted() throws Exception {
        HttpResponse<String> response = CLIENT.send(
                HttpRequest.newBuilder(network.httpUri().resolve("/cgi-bin/sendsms"))
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .header("X-Kannel-Username", "relaypay")
                        .header("X-Kannel-Password", "secret")
                        .header("X-Kannel-From", "84444")
                        .header("X-Kannel-To", "+4917612345671")
                        .POST(HttpRequest.BodyPublishers.ofString("Grüße per POST", StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(network.phone("+4917612345671").inbox().getLast().text()).isEqualTo("Grüße per POST");
    }

    private static HttpResponse<String> sendsms(String query) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(network.httpUri().resolve("/cgi-bin/sendsms?" + query))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
