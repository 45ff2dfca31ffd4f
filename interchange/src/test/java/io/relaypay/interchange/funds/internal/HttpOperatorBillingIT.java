package io.relaypay.interchange.funds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.relaypay.interchange.funds.OperatorBilling;
import io.relaypay.interchange.funds.OperatorBilling.Outcome;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The billing client against a canned carrier over real HTTP: what it sends, how it reads each answer. */
class HttpOperatorBillingIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PAYMENT = """
            {"paymentId": "cbp_1", "paymentStatus": "succeeded",
             "amountTransaction": {"phoneNumber": "+4915112345671", "clientCorrelator": "pay_1",
               "paymentAmount": {"chargingInformation": {"amount": 4.99, "currency": "EUR", "description": "Sword"}},
               "referenceCode": "pay_1"}}""";

    record Canned(int status, String body) {}

    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> bodies = new CopyOnWriteArrayList<>();
    volatile Canned answer = new Canned(201, PAYMENT);
    HttpServer carrier;
    OperatorBilling billing;

    @BeforeEach
    void start() throws IOException {
        carrier = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        carrier.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        carrier.createContext("/carrier-billing/v0/", this::answer);
        carrier.start();
        URI base = URI.create("http://127.0.0.1:" + carrier.getAddress().getPort() + "/carrier-billing/v0");
        billing = new HttpOperatorBilling(
                Map.of("northwind", new HttpOperatorBilling.Endpoint(base, "secret-key")), Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        carrier.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + exchange.getRequestHeaders().getFirst("Authorization"));
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Canned canned = answer;
        byte[] body = canned.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(canned.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    static OperatorBilling.Charge charge() {
        return new OperatorBilling.Charge(
                "northwind", "+4915112345671", 499, "EUR", "Sword", "pay_1", "pay_1", "Acme Games");
    }

    static String problem(int status, String code) {
        return "{\"status\": " + status + ", \"code\": \"" + code + "\", \"message\": \"no\"}";
    }

    @Test
    void chargeSendsCamaraCreatePaymentWithTheExactDecimalAmount() {
        Outcome outcome = billing.charge(charge());

        assertThat(outcome).isEqualTo(new Outcome.Charged("cbp_1", 499, "EUR"));
        assertThat(requests).containsExactly("POST /carrier-billing/v0/payments Bearer secret-key");
        JsonNode sent = JSON.readTree(bodies.getFirst()).get("amountTransaction");
        assertThat(sent.get("phoneNumber").asString()).isEqualTo("+4915112345671");
        assertThat(sent.get("clientCorrelator").asString()).isEqualTo("pay_1");
        assertThat(sent.get("referenceCode").asString()).isEqualTo("pay_1");
        assertThat(bodies.getFirst()).contains("\"amount\":4.99");
        assertThat(sent.at("/paymentAmount/chargingMetaData/merchantName").asString())
                .isEqualTo("Acme Games");
    }

    @Test
    void creditAndSpendingLimitRefusalsAreInsufficientFunds() {
        answer = new Canned(422, problem(422, "CARRIER_BILLING.INSUFFICIENT_CREDIT"));
        Outcome credit = billing.charge(charge());
        answer = new Canned(422, problem(422, "CARRIER_BILLING.USER_AMOUNT_THRESHOLD_OVERPASSED"));
        Outcome limit = billing.charge(charge());

        assertThat(credit)
                .isInstanceOfSatisfying(
                        Outcome.Declined.class,
                        d -> assertThat(d.insufficient()).isTrue());
        assertThat(limit)
                .isInstanceOfSatisfying(
                        Outcome.Declined.class,
                        d -> assertThat(d.insufficient()).isTrue());
    }

    @Test
    void otherRefusalsAreDeclinesThatAreNotAboutFunds() {
        answer = new Canned(403, problem(403, "CARRIER_BILLING.PAYMENT_DENIED"));

        assertThat(billing.charge(charge())).isInstanceOfSatisfying(Outcome.Declined.class, d -> {
            assertThat(d.insufficient()).isFalse();
            assertThat(d.code()).isEqualTo("CARRIER_BILLING.PAYMENT_DENIED");
        });
    }

    @Test
    void serverErrorsThrottlingAndCorrelatorConflictsAreUnknown() {
        answer = new Canned(503, "");
        Outcome unavailable = billing.charge(charge());
        answer = new Canned(429, problem(429, "TOO_MANY_REQUESTS"));
        Outcome throttled = billing.charge(charge());
        answer = new Canned(409, problem(409, "ALREADY_EXISTS"));
        Outcome conflict = billing.charge(charge());
        answer = new Canned(201, "not json");
        Outcome garbled = billing.charge(charge());

        assertThat(List.of(unavailable, throttled, conflict, garbled)).allMatch(o -> o instanceof Outcome.Unknown);
    }

    @Test
    void noAnswerAtAllIsUnknown() {
        carrier.stop(0);

        assertThat(billing.charge(charge())).isInstanceOf(Outcome.Unknown.class);
    }

    @Test
    void lookupFindsTheChargeByCorrelatorOrNothing() {
        answer = new Canned(200, "[" + PAYMENT + "]");
        Outcome found = billing.lookup("northwind", "pay_1");
        answer = new Canned(200, "[]");
        Outcome none = billing.lookup("northwind", "pay_1");

        assertThat(found).isEqualTo(new Outcome.Charged("cbp_1", 499, "EUR"));
        assertThat(none).isEqualTo(new Outcome.NotFound());
        assertThat(requests.getFirst()).startsWith("GET /carrier-billing/v0/payments?clientCorrelator=pay_1 ");
    }

    @Test
    void lookupReportsAReservationAndACancelledOneAsSuch() {
        answer = new Canned(200, "[" + PAYMENT.replace("succeeded", "reserved") + "]");
        Outcome reserved = billing.lookup("northwind", "pay_1");
        answer = new Canned(
                200,
                "[" + PAYMENT.replace("\"succeeded\"", "\"cancelled\", \"cancellationReason\": \"expired\"") + "]");
        Outcome cancelled = billing.lookup("northwind", "pay_1");

        assertThat(reserved).isEqualTo(new Outcome.Reserved("cbp_1", 499, "EUR"));
        assertThat(cancelled).isEqualTo(new Outcome.Cancelled("cbp_1", "expired"));
    }

    @Test
    void prepareReservesAtThePrepareEndpoint() throws Exception {
        answer = new Canned(201, PAYMENT.replace("succeeded", "reserved"));

        Outcome prepared = billing.prepare(charge());

        assertThat(prepared).isEqualTo(new Outcome.Reserved("cbp_1", 499, "EUR"));
        assertThat(requests.getFirst()).startsWith("POST /carrier-billing/v0/payments/prepare ");
        assertThat(JSON.readTree(bodies.getFirst())
                        .at("/amountTransaction/clientCorrelator")
                        .asString())
                .isEqualTo("pay_1");
    }

    @Test
    void confirmWithoutABodyReadsThePaymentById() {
        answer = new Canned(202, "");
        // The canned carrier then answers the GET with the same empty 202: unknown, never a guess.
        Outcome confirmed = billing.confirm("northwind", "cbp_1", "+4915112345671");

        assertThat(confirmed).isInstanceOf(Outcome.Unknown.class);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0)).startsWith("POST /carrier-billing/v0/payments/cbp_1/confirm ");
        assertThat(requests.get(1)).startsWith("GET /carrier-billing/v0/payments/cbp_1 ");
        assertThat(bodies.getFirst()).contains("+4915112345671");
    }

    @Test
    void cancellingAChargedReservationReportsTheCharge() {
        answer = new Canned(409, problem(409, "CARRIER_BILLING.PAYMENT_CONFIRMED"));
        Outcome first = billing.cancel("northwind", "cbp_1", "+4915112345671");
        answer = new Canned(202, PAYMENT);
        Outcome cancelledAnswer = billing.cancel("northwind", "cbp_1", "+4915112345671");

        assertThat(first).isInstanceOf(Outcome.Unknown.class); // the GET also got the 409
        assertThat(cancelledAnswer).isEqualTo(new Outcome.Charged("cbp_1", 499, "EUR"));
        assertThat(requests.get(1)).startsWith("GET /carrier-billing/v0/payments/cbp_1 ");
    }
}
