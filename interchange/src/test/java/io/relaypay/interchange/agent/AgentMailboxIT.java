package io.relaypay.interchange.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.messages.PhoneMessage;
import io.relaypay.interchange.messages.RouteRecords;
import io.relaypay.interchange.messages.RoutedMessageSender;
import io.relaypay.interchange.routes.PlannedRoute;
import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.PremiumPrice;
import io.relaypay.messaging.outbox.MessageState;
import io.relaypay.messaging.outbox.Outbox;
import io.relaypay.routing.report.SentRoute;
import io.relaypay.sdk.jose.Base64Url;
import io.relaypay.sdk.jose.EcKeys;
import io.relaypay.sdk.jose.Es256;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SimulatorConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The enrolled agent as a route, over real HTTP, real SMPP to the simulator's phones and PostgreSQL:
 * a checkout confirmation to a phone with an agent goes to the agent's mailbox instead of an SMS,
 * the agent fetches it with a device-signed request (which the outbox counts as delivered), and
 * the code from it pays; phones without an active agent, premium charges and possession codes go
 * by SMS; fetches that are not the device's own are refused.
 */
class AgentMailboxIT {

    static final Pattern CONFIRMATION =
            Pattern.compile("reply (\\d{5}) to pay .* or enter ([A-Z0-9]{6}) on the payment");
    static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    static final String FETCH = "/agent/v1/messages/fetch";
    static final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.channels.smsc-north.port", network.smppPort("smsc-north"))
            .with("relaypay.channels.smsc-hub.port", network.smppPort("smsc-hub"));

    static AgentFixture agents;
    static FundsFixture funds;
    static TestMerchant shop;
    static final HttpClient browser =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void setUp() {
        agents = new AgentFixture(server, network, Clock.systemUTC());
        funds = new FundsFixture(server);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> network.smsc("smsc-north").boundSessions() > 0
                        && network.smsc("smsc-hub").boundSessions() > 0);
        shop = funds.merchant("Mailbox Shop", 0, 0);
    }

    @AfterAll
    static void stopNetwork() {
        network.close();
    }

    @Test
    void anEnrolledPhonesConfirmationGoesToTheAgentAndItsCodePays() {
        AgentFixture.TestDevice device = agents.enrolled();
        funds.topUp(device.phone(), 10_000, "top-up-" + device.id());
        String payment = newPayment();
        assertThat(fetch(device, 0)).as("the agent is online: it fetches").isEmpty();

        submit(payment, "phone", Map.of("phone_number", device.phone()));
        List<JsonNode> fetched = fetch(device, 10);

        assertThat(fetched).singleElement().satisfies(m -> {
            assertThat(m.get("id").asString()).startsWith("am_");
            assertThat(m.get("object").asString()).isEqualTo("agent_message");
            assertThat(m.get("created").asLong()).isPositive();
        });
        Matcher codes = CONFIRMATION.matcher(fetched.getFirst().get("text").asString());
        assertThat(codes.find()).as(fetched.getFirst().toString()).isTrue();
        String messageId = messageIdOf(device);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> server.bean(Outbox.class)
                                .status(MessageId.parse(messageId))
                                .orElseThrow()
                                .state()
                        == MessageState.DELIVERED);
        assertThat(server.bean(RouteRecords.class).sentRoutes(messageId))
                .singleElement()
                .satisfies(route -> {
                    assertThat(route.controllers()).containsExactly("agent-push");
                    assertThat(route.carrier()).isEmpty();
                    assertThat(route.costMicros()).isZero();
                });

        submit(payment, "code", Map.of("code", codes.group(2)));

        assertThat(shop.api().get("/v1/payments/" + payment).text("status")).isEqualTo("succeeded");
        assertThat(confirmationsTexted(device.phone())).isEmpty();
        assertThat(fetch(device, 10))
                .as("the confirmation is taken once; the completion notice follows it over the agent")
                .singleElement()
                .satisfies(m -> assertThat(m.get("text").asString()).startsWith("Relaypay: you paid 4.99 EUR"));
        assertThat(fetch(device, 0)).isEmpty();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Http.Response report = server.admin().get("/admin/v1/reports/routing-costs?from=" + today + "&to=" + today);
        assertThat(report.status()).as(report.raw()).isEqualTo(200);
        assertThat(report.raw()).contains("agent-push");
    }

    @Test
    void aPhoneWithoutAnAgentGetsTheConfirmationBySms() {
        String phone = agents.newPhone();
        String payment = newPayment();

        submit(payment, "phone", Map.of("phone_number", phone));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !confirmationsTexted(phone).isEmpty());
        assertThat(confirmationsTexted(phone)).singleElement();
    }

    @Test
    void anEnrolledAgentThatIsNotFetchingLeavesTheConfirmationToSms() {
        AgentFixture.TestDevice device = agents.enrolled();
        String payment = newPayment();

        submit(payment, "phone", Map.of("phone_number", device.phone()));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !confirmationsTexted(device.phone()).isEmpty());
        assertThat(fetch(device, 0))
                .as("nothing waits unread for an agent that is off")
                .isEmpty();
    }

    @Test
    void aRevokedAgentNoLongerGetsConfirmationsAndItsPhoneGetsAnSms() {
        AgentFixture.TestDevice device = agents.enrolled();
        fetch(device, 0);
        Http.Response revoked = agents.signed(device, "DELETE", "/agent/v1/devices/self", "");
        assertThat(revoked.status()).as(revoked.raw()).isEqualTo(200);
        String payment = newPayment();

        submit(payment, "phone", Map.of("phone_number", device.phone()));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !confirmationsTexted(device.phone()).isEmpty());
        assertThat(mailboxRows(device)).isZero();
    }

    @Test
    void aPremiumChargeToAPhoneWithAnAgentGoesOnlyOverCellular() {
        AgentFixture.TestDevice device = agents.enrolled();
        fetch(device, 0);
        MessageId id = MessageId.newId();

        server.bean(RoutedMessageSender.class)
                .sendPremium(
                        new PhoneMessage(
                                device.phone(),
                                "Relaypay: 0.99 EUR added to your balance.",
                                PhoneMessage.Purpose.PREMIUM_CHARGE,
                                "dep_mailbox_it"),
                        id,
                        new PremiumPrice(99, "EUR"));

        assertThat(server.bean(RouteRecords.class).planned(id.toString()))
                .isNotEmpty()
                .extracting(PlannedRoute::channel)
                .doesNotContain("agent-push");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> network.phone(device.phone()).inbox().stream().anyMatch(ReceivedMessage::premium));
        assertThat(mailboxRows(device)).isZero();
        assertThat(server.bean(RouteRecords.class).sentRoutes(id.toString()))
                .extracting(SentRoute::carrier)
                .allSatisfy(carrier -> assertThat(carrier).isPresent());
    }

    @Test
    void aSecondEnrollmentsCodeStillGoesBySmsThoughThePhoneHasAnAgent() {
        AgentFixture.TestDevice first = agents.enrolled();
        fetch(first, 0);

        AgentFixture.TestDevice second = agents.enrolled(first.phone());

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(mailboxRows(first)).isZero();
    }

    @Test
    void fetchesThatAreNotTheDevicesOwnAreRefused() {
        AgentFixture.TestDevice device = agents.enrolled();
        AgentFixture.TestDevice other = agents.enrolled();
        long now = Clock.systemUTC().instant().getEpochSecond();

        refused(agents.send("POST", FETCH, "", Map.of()));
        refused(agents.send("POST", FETCH, "", Map.of("Relaypay-Device", device.id())));
        refused(agents.signedAt(device, other.key(), now, "POST", FETCH, ""));
        refused(agents.signedAt(device, EcKeys.generate(), now, "POST", FETCH, ""));
        refused(agents.signedAt(device, device.key(), now - 600, "POST", FETCH, ""));
        String signedForAnotherRequest = Base64Url.encode(Es256.sign(
                Devices.signingInput(now, "GET", "/agent/v1/devices/self", new byte[0]),
                device.key().getPrivate()));
        refused(agents.send(
                "POST",
                FETCH,
                "",
                Map.of(
                        "Relaypay-Device",
                        device.id(),
                        "Relaypay-Device-Signature",
                        "t=" + now + ",sig=" + signedForAnotherRequest)));
        assertThat(agents.signed(other, "DELETE", "/agent/v1/devices/self", "").status())
                .isEqualTo(200);
        refused(agents.signed(other, "POST", FETCH, ""));
        Http.Response badWait = agents.signed(device, "POST", FETCH, "{\"wait\":600}");
        assertThat(badWait.status()).as(badWait.raw()).isEqualTo(400);
        assertThat(badWait.problem()).isEqualTo("invalid-request");
    }

    static void refused(Http.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problem()).isEqualTo("device-signature-invalid");
    }

    /** The device's messages, waiting up to {@code wait} seconds for one. */
    static List<JsonNode> fetch(AgentFixture.TestDevice device, int wait) {
        Http.Response response = agents.signed(device, "POST", FETCH, wait == 0 ? "" : "{\"wait\":" + wait + "}");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.headers().firstValue("cache-control")).contains("no-store");
        assertThat(response.json().get("object").asString()).isEqualTo("list");
        return StreamSupport.stream(response.json().get("data").spliterator(), false)
                .toList();
    }

    static String messageIdOf(AgentFixture.TestDevice device) {
        return server.bean(JdbcClient.class)
                .sql("SELECT message_id FROM agent_messages WHERE device_id = ? ORDER BY created_at, id")
                .param(device.id())
                .query(String.class)
                .list()
                .getFirst();
    }

    static long mailboxRows(AgentFixture.TestDevice device) {
        return server.bean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM agent_messages WHERE device_id = ?")
                .param(device.id())
                .query(Long.class)
                .single();
    }

    static List<ReceivedMessage> confirmationsTexted(String phone) {
        return network.phone(phone).inbox().stream()
                .filter(m -> CONFIRMATION.matcher(m.text()).find())
                .toList();
    }

    static String newPayment() {
        Http.Response created = shop.api()
                .post(
                        "/v1/payments",
                        Map.of(
                                "amount",
                                499,
                                "currency",
                                "EUR",
                                "reference",
                                "order-" + System.nanoTime(),
                                "success_url",
                                "https://shop.example/ok"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("id");
    }

    /** Posts the checkout page's form for {@code action} with the page's token, as a browser would. */
    static void submit(String payment, String action, Map<String, String> fields) {
        String page = send(HttpRequest.newBuilder(server.base().resolve("/checkout/" + payment))
                        .GET())
                .body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as(page).isTrue();
        Map<String, String> form = new java.util.LinkedHashMap<>(fields);
        form.put("csrf", csrf.group(1));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(server.base().resolve(URI.create("/checkout/" + payment + "/" + action)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
