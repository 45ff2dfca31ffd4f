package io.relaypay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.sdk.CreatePaymentParams;
import io.relaypay.sdk.Event;
import io.relaypay.sdk.EventType;
import io.relaypay.sdk.Payment;
import io.relaypay.sdk.PaymentStatus;
import io.relaypay.sdk.RelaypayClient;
import io.relaypay.sdk.Webhooks;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * A merchant creates a payment, the buyer types a phone number on the checkout page, the code
 * arrives on the simulated phone over SMPP, the buyer confirms (by replying from the phone, or by
 * typing the code on the page), the phone bill is charged through the carrier's billing API, and
 * the payment succeeds: the merchant's webhook arrives signed, the buyer gets a completion SMS and
 * the ledger balances. Every part is its own process.
 */
class PayByPhoneSystemIT {

    @RegisterExtension
    static final RunningSystem system = new RunningSystem();

    static final Pattern REPLY_CODE = Pattern.compile("reply (\\d{5})", Pattern.CASE_INSENSITIVE);
    static WebhookInbox webhooks;
    static RelaypayClient merchant;
    static String webhookSecret;

    @BeforeAll
    static void merchant() throws Exception {
        webhooks = new WebhookInbox();
        HttpResponse<String> created = Web.postJson(
                system.interchange().resolve("/admin/v1/merchants"),
                Map.of(
                        "name",
                        "System Test Games",
                        "webhook_url",
                        webhooks.url().toString()),
                RunningSystem.ADMIN_TOKEN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode merchantJson = Web.json(created);
        webhookSecret = merchantJson.get("webhook_secret").asString();
        String key = Web.json(Web.postJson(
                        system.interchange()
                                .resolve("/admin/v1/merchants/"
                                        + merchantJson.get("id").asString() + "/keys"),
                        Map.of(),
                        RunningSystem.ADMIN_TOKEN))
                .get("secret")
                .asString();
        merchant = RelaypayClient.builder()
                .baseUrl(system.interchange())
                .apiKey(key)
                .build();
    }

    @AfterAll
    static void close() {
        webhooks.close();
        merchant.close();
    }

    @Test
    void buyerRepliesToTheSmsAndThePaymentSucceeds() throws Exception {
        String phone = buyer(0);
        Payment payment = createAndEnterPhone(phone, "sys-reply");
        JsonNode sms = awaitMessage(phone, "reply");
        String code = code(sms);

        HttpResponse<String> mo = Web.postJson(
                system.simulator().resolve("/phones/" + phone + "/messages"),
                Map.of("to", sms.get("sender").asString(), "text", code),
                null);
        assertThat(mo.statusCode()).as(mo.body()).isLessThan(300);

        assertSucceeded(payment, phone);
    }

    @Test
    void buyerTypesTheSmsCodeOnThePageAndThePaymentSucceeds() throws Exception {
        String phone = buyer(1);
        Payment payment = createAndEnterPhone(phone, "sys-web");
        String code = code(awaitMessage(phone, "reply"));
        URI page = payment.checkoutUrl().orElseThrow();
        String html = Web.get(page).body();

        HttpResponse<String> confirmed = Web.postForm(
                URI.create(page + "/code"),
                Map.of("csrf", Web.hidden(html, "csrf"), "mode", Web.hidden(html, "mode"), "code", code));

        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertSucceeded(payment, phone);
    }

    private Payment createAndEnterPhone(String phone, String reference) {
        Payment payment = merchant.payments()
                .create(CreatePaymentParams.of(299, "EUR", reference)
                        .withDescription("Level pack")
                        .withSuccessUrl(URI.create("https://shop.example/ok")));
        assertThat(payment.status()).isEqualTo(PaymentStatus.REQUIRES_PHONE_NUMBER);
        URI page = payment.checkoutUrl().orElseThrow();
        String html = Web.get(page).body();
        HttpResponse<String> entered = Web.postForm(
                URI.create(page + "/phone"),
                Map.of("csrf", Web.hidden(html, "csrf"), "mode", Web.hidden(html, "mode"), "phone_number", phone));
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(303);
        assertThat(merchant.payments().retrieve(payment.id()).status()).isEqualTo(PaymentStatus.REQUIRES_CONFIRMATION);
        return payment;
    }

    private void assertSucceeded(Payment payment, String phone) throws Exception {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> merchant.payments().retrieve(payment.id()).status().isFinal());
        Payment done = merchant.payments().retrieve(payment.id());
        assertThat(done.status()).as("failure: %s", done.failureReason()).isEqualTo(PaymentStatus.SUCCEEDED);

        Event event = await().atMost(Duration.ofSeconds(60))
                .until(() -> succeededEvent(payment.id()), Optional::isPresent)
                .orElseThrow();
        assertThat(event.type()).isEqualTo(EventType.PAYMENT_SUCCEEDED);

        awaitMessage(phone, "paid");
        assertThat(billOf(phone))
                .anySatisfy(line -> assertThat(line.get("amount").asLong()).isEqualTo(299));
        assertLedgerBalances();
    }

    private Optional<Event> succeededEvent(String paymentId) {
        for (WebhookInbox.Delivery delivery : webhooks.deliveries()) {
            if (delivery.body().contains(paymentId) && delivery.body().contains("payment.succeeded")) {
                return Optional.of(Webhooks.constructEvent(delivery.body(), delivery.signature(), webhookSecret));
            }
        }
        return Optional.empty();
    }

    private static String buyer(int index) {
        List<String> northwind = StreamSupport.stream(
                        Web.json(Web.get(system.simulator().resolve("/phones"))).spliterator(), false)
                .filter(p -> p.get("carrier").asString().equals("northwind"))
                .map(p -> p.get("msisdn").asString())
                .filter(m -> !m.equals("+4915112345673")) // prepaid with little credit
                .toList();
        return northwind.get(index);
    }

    private static JsonNode awaitMessage(String phone, String containing) {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> StreamSupport.stream(
                                        Web.json(Web.get(system.simulator().resolve("/phones/" + phone + "/messages")))
                                                .spliterator(),
                                        false)
                                .filter(m ->
                                        m.get("text").asString().toLowerCase().contains(containing))
                                .reduce((first, second) -> second),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static String code(JsonNode sms) {
        Matcher m = REPLY_CODE.matcher(sms.get("text").asString());
        assertThat(m.find()).as("code in %s", sms).isTrue();
        return m.group(1);
    }

    private static List<JsonNode> billOf(String phone) {
        return StreamSupport.stream(
                        Web.json(Web.get(system.simulator().resolve("/phones/" + phone + "/bill")))
                                .spliterator(),
                        false)
                .toList();
    }

    private static void assertLedgerBalances() throws Exception {
        try (Connection connection = system.database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        SELECT currency, SUM(credits_posted - debits_posted) AS posted,
                               SUM(credits_pending - debits_pending) AS pending, COUNT(*) AS accounts
                        FROM ledger_account GROUP BY currency""")) {
            int currencies = 0;
            while (rs.next()) {
                currencies++;
                assertThat(rs.getLong("posted"))
                        .as("posted sum in %s", rs.getString("currency"))
                        .isZero();
                assertThat(rs.getLong("pending"))
                        .as("pending sum in %s", rs.getString("currency"))
                        .isZero();
            }
            assertThat(currencies).isPositive();
            connection.rollback();
        }
    }
}
