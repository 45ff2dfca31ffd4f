package io.relaypay.interchange.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.Charge;
import io.relaypay.simulator.ChargeKind;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Deposits by premium SMS over the real simulator (SMPP SMSCs, phones with bills) and PostgreSQL:
 * the confirmation round trip, each premium charge billed on delivery and credited in full with the
 * carrier's share booked, a declined charge, an unknown one reconciled, retries, and a plan over
 * several days, driven by the injected clock, with an SMSC failing mid-plan. After every test the
 * ledger balances and the phone's bill equals what the user was credited.
 */
class PremiumDepositIT {

    static final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

    static final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .withClock(clock)
            .with("relaypay.channels.smsc-north.port", network.smppPort("smsc-north"))
            .with("relaypay.channels.smsc-hub.port", network.smppPort("smsc-hub"))
            .with("relaypay.channels.smsc-north.throttle-retry-after", "100ms")
            .with("relaypay.messaging.outbox.first-backoff", "1s")
            .with("relaypay.messaging.outbox.max-backoff", "2s")
            .with("relaypay.messaging.outbox.max-attempts-per-route", 2)
            .with("relaypay.messaging.outbox.receipt-deadline", "1h")
            .with("relaypay.messaging.outbox.janitor-interval", "200ms")
            .with("relaypay.routing.breaker.minimum-outcomes", 2)
            .with("relaypay.routing.breaker.cooldown", "30d")
            .with("relaypay.deposits.per-day-amount", 600)
            .with("relaypay.deposits.days", 10)
            .with("relaypay.deposits.janitor-interval", "100ms");

    static final Pattern REPLY_CODE = Pattern.compile("reply (\\d{5}) to deposit");
    static final Pattern WEB_CODE = Pattern.compile("or enter ([A-Z0-9]{6}) on the deposit page");

    @BeforeAll
    static void bound() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> network.smsc("smsc-north").boundSessions() > 0
                        && network.smsc("smsc-hub").boundSessions() > 0);
    }

    @AfterAll
    static void stopNetwork() {
        network.close();
    }

    @AfterEach
    void ledgerBalances() {
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    @Test
    void aConfirmedDepositIsBilledOnDeliveryAndCreditedInFullWithTheCarriersShareBooked() {
        String phone = "+4917612345671";
        long shareBefore = systemBalance("carrier-share/bluewave");
        long receivableBefore = systemBalance("carrier-receivable/bluewave");

        JsonNode deposit = request(phone, 499, "success-1");
        assertThat(deposit.get("status").asString()).isEqualTo("requires_confirmation");
        assertThat(deposit.get("planned").asLong()).isEqualTo(499);
        replyWithCode(phone);

        JsonNode done = awaitStatus(deposit.get("id").asString(), "succeeded");

        assertThat(done.get("billed").asLong()).isEqualTo(499);
        assertThat(done.get("plan")).singleElement().satisfies(item -> {
            assertThat(item.get("state").asString()).isEqualTo("billed");
            assertThat(item.get("route").asString()).isEqualTo("smsc-hub");
        });
        assertThat(premiumBill(phone)).isEqualTo(499);
        assertThat(wallet(phone)).isEqualTo(499);
        // bluewave keeps 35 %: 174.65 rounded half up is 175.
        assertThat(systemBalance("carrier-share/bluewave") - shareBefore).isEqualTo(-175);
        assertThat(systemBalance("carrier-receivable/bluewave") - receivableBefore)
                .isEqualTo(-(499 - 175));
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstDepositAndAnotherRequestUnderItIsRefused() {
        String phone = "+4917612345671";
        JsonNode first = request(phone, 199, "idem-1");
        Http.Response again = server.admin()
                .post(
                        "/admin/v1/deposits",
                        Map.of("phone_number", phone, "amount", 199, "currency", "EUR"),
                        Map.of("Idempotency-Key", "idem-1"));
        Http.Response other = server.admin()
                .post(
                        "/admin/v1/deposits",
                        Map.of("phone_number", phone, "amount", 299, "currency", "EUR"),
                        Map.of("Idempotency-Key", "idem-1"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("id")).isEqualTo(first.get("id").asString());
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.problem()).isEqualTo("idempotency-key-reused");
        server.admin().post("/admin/v1/deposits/" + first.get("id").asString() + "/cancel", Map.of());
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        Http.Response noAmount =
                server.admin().post("/admin/v1/deposits", Map.of("phone_number", "+4917612345671", "currency", "EUR"));
        Http.Response badPhone = server.admin()
                .post("/admin/v1/deposits", Map.of("phone_number", "12345", "amount", 500, "currency", "EUR"));
        Http.Response wrongCurrency = server.admin()
                .post("/admin/v1/deposits", Map.of("phone_number", "+4917612345671", "amount", 500, "currency", "USD"));

        assertThat(List.of(noAmount, badPhone, wrongCurrency)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.problem()).isEqualTo("invalid-request");
        });
    }

    @Test
    void aDeclinedChargeFailsTheDepositAndCreditsNothing() {
        // This phone refuses premium messages: the SMSC's receipt says REJECTD.
        String phone = "+4917612345673";

        JsonNode deposit = request(phone, 299, "decline-1");
        confirmOnThePage(deposit.get("id").asString(), phone);

        JsonNode done = awaitStatus(deposit.get("id").asString(), "failed");

        assertThat(done.get("billed").asLong()).isZero();
        assertThat(done.get("plan"))
                .allSatisfy(item -> assertThat(item.get("state").asString()).isEqualTo("failed"));
        assertThat(premiumBill(phone)).isZero();
        assertThat(wallet(phone)).isZero();
    }

    @Test
    void aChargeWithoutReceiptBecomesUnknownIsNeverResentAndIsCreditedOnceReconciled() {
        String phone = "+4917612345672";
        String id;
        JsonNode settled;
        // The SMSC makes a receipt after its receipt delay: keep dropping until the fate is decided.
        network.smsc("smsc-hub").dropReceipts(true);
        try {
            id = request(phone, 199, "unknown-1").get("id").asString();
            replyWithCode(phone);
            await().atMost(Duration.ofSeconds(30)).until(() -> premiumBill(phone) == 199);
            // No receipt before the outbox's deadline: the charge's fate is unknown.
            clock.advance(Duration.ofHours(2));
            settled = awaitStatus(id, "failed");
        } finally {
            network.smsc("smsc-hub").dropReceipts(false);
        }

        assertThat(settled.get("plan"))
                .singleElement()
                .satisfies(item -> assertThat(item.get("state").asString()).isEqualTo("unknown"));
        assertThat(wallet(phone)).isZero();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> premiumBill(phone) == 199);

        Http.Response reconciled =
                server.admin().post("/admin/v1/deposits/" + id + "/items/0/reconcile", Map.of("billed", true));
        Http.Response twice =
                server.admin().post("/admin/v1/deposits/" + id + "/items/0/reconcile", Map.of("billed", true));

        assertThat(reconciled.status()).isEqualTo(200);
        assertThat(reconciled.json().get("status").asString()).isEqualTo("succeeded");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(wallet(phone)).isEqualTo(199);
        assertThat(premiumBill(phone)).isEqualTo(wallet(phone));
    }

    @Test
    void aRefusedSubmissionIsRetriedAndTheChargeIsBilledAndCreditedOnce() {
        String phone = "+4915112345672";
        String id = request(phone, 99, "retry-1").get("id").asString();
        String code = awaitReplyCode(phone);
        long rejected = network.smsc("smsc-north").submitsRejected();
        // ESME_RTHROTTLED (0x58) for the premium message: retryable, so the outbox submits it again.
        network.smsc("smsc-north").rejectNext(1, 0x58);
        network.phone(phone).sendMo("84444", code);

        JsonNode done = awaitStatus(id, "succeeded");
        assertThat(network.smsc("smsc-north").submitsRejected()).isEqualTo(rejected + 1);

        // The janitor's steps repeated by hand change nothing.
        DepositCharges charges = server.bean(DepositCharges.class);
        DepositStore store = server.bean(DepositStore.class);
        store.items(id).forEach(charges::send);
        store.items(id).forEach(charges::follow);
        charges.finish(id);

        assertThat(done.get("billed").asLong()).isEqualTo(99);
        assertThat(premiumLines(phone)).hasSize(1);
        assertThat(wallet(phone)).isEqualTo(99);
        assertThat(get(id).get("billed").asLong()).isEqualTo(99);
    }

    @Test
    void aDepositOverSeveralDaysWithAnSmscFailingMidPlanBillsExactlyWhatItCredits() {
        String phone = "+4915112345671";
        JsonNode deposit = request(phone, 2500, "multi-day-1");
        String id = deposit.get("id").asString();
        List<JsonNode> plan = list(deposit.get("plan"));
        int days = plan.stream().mapToInt(i -> i.get("day").asInt()).max().orElseThrow() + 1;
        assertThat(days).as("600 a day at most: several days").isGreaterThanOrEqualTo(5);
        assertThat(plan.size()).as("several messages").isGreaterThanOrEqualTo(days);
        replyWithCode(phone);

        awaitDayBilled(id, 0);
        assertThat(routesOfDay(id, 0)).containsOnly("smsc-north");

        // smsc-north throttles everything from now on: the next days go by the hub.
        network.smsc("smsc-north").throttle(true);
        try {
            for (int day = 1; day < days; day++) {
                clock.advance(untilNextMidnight());
                awaitDayBilled(id, day);
            }
        } finally {
            network.smsc("smsc-north").throttle(false);
        }
        JsonNode done = awaitStatus(id, "succeeded");

        assertThat(routesOfDay(id, days - 1)).containsOnly("smsc-hub");
        long planned = done.get("planned").asLong();
        assertThat(done.get("billed").asLong()).isEqualTo(planned);
        assertThat(premiumBill(phone)).as("phone bill = credited").isEqualTo(planned);
        assertThat(wallet(phone)).isEqualTo(planned);
        List<Charge> lines = premiumLines(phone);
        assertThat(lines).as("one bill line per planned message").hasSize(plan.size());
        assertThat(lines.stream().map(Charge::description).distinct().count())
                .as("no message charged twice")
                .isEqualTo(plan.size());
    }

    @Test
    void anSmsKeywordStartsADepositConfirmedByReplyingWithTheCode() {
        String phone = "+4915112345673";
        long before = wallet(phone);
        network.phone(phone).sendMo("84444", "DEPOSIT 2.99");

        String code = awaitReplyCode(phone);
        network.phone(phone).sendMo("84444", code);

        await().atMost(Duration.ofSeconds(30)).until(() -> wallet(phone) == before + 299);
        assertThat(premiumBill(phone)).isEqualTo(wallet(phone));
    }

    @Test
    void eachBilledMoToAPremiumShortCodeCreditsItsSenderAlsoTwoWithTheSameText() {
        String phone = "+4915112345679";
        network.addPhone(phone, "northwind");
        long shareBefore = systemBalance("carrier-share/northwind");

        network.phone(phone).sendMo("88499", "DEPOSIT");
        network.phone(phone).sendMo("88499", "DEPOSIT");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(wallet(phone))
                        .as(
                                "bill %s inbox %s",
                                network.phone(phone).bill(),
                                network.phone(phone).inbox())
                        .isEqualTo(998));
        List<Charge> lines = network.phone(phone).bill().stream()
                .filter(c -> c.kind() == ChargeKind.PREMIUM_MO)
                .toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.stream().mapToLong(Charge::amountMinor).sum()).isEqualTo(wallet(phone));
        // northwind keeps 30 %: 149.7 rounded half up, per MO.
        assertThat(systemBalance("carrier-share/northwind") - shareBefore).isEqualTo(-300);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> wallet(phone) == 998);
    }

    @Test
    void anMoToAnOrdinaryNumberBillsAndCreditsNothing() {
        String phone = "+4915112345678";
        network.addPhone(phone, "northwind");

        network.phone(phone).sendMo("84444", "hello");

        assertThat(network.phone(phone).bill()).isEmpty();
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> wallet(phone) == 0);
    }

    @Test
    void theDepositPageRequestsADepositAndConfirmsItWithThePageCode() {
        String phone = "+4917612345677";
        network.addPhone(phone, "bluewave");
        Http web = server.anonymous();
        Http.Response form = web.get("/deposit");
        assertThat(form.status()).isEqualTo(200);

        Http.Response requested = web.postAs(
                "/deposit",
                "application/x-www-form-urlencoded",
                "phone_number=" + phone.replace("+", "%2B") + "&amount=4.99&csrf=" + csrf(form));
        assertThat(requested.status()).as(requested.raw()).isEqualTo(303);
        String location = requested.headers().firstValue("location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        Http.Response status = web.get("/deposit/" + id);
        assertThat(status.raw()).contains("Confirm the deposit");
        String code = awaitMatch(phone, WEB_CODE).group(1);
        Http.Response confirmed = web.postAs(
                "/deposit/" + id + "/code",
                "application/x-www-form-urlencoded",
                "code=" + code + "&csrf=" + csrf(status));

        assertThat(confirmed.headers().firstValue("location")).contains("/deposit/" + id + "?notice=confirmed");
        assertThat(awaitStatus(id, "succeeded").get("source").asString()).isEqualTo("web");
        assertThat(wallet(phone)).isEqualTo(499).isEqualTo(premiumBill(phone));
        assertThat(web.get("/deposit/" + id).raw()).contains("Deposit complete");
    }

    @Test
    void theDepositPageRefusesABadAmountAndAFormWithoutItsToken() {
        Http web = server.anonymous();
        Http.Response form = web.get("/deposit");

        Http.Response badAmount = web.postAs(
                "/deposit",
                "application/x-www-form-urlencoded",
                "phone_number=%2B4917612345671&amount=lots&csrf=" + csrf(form));
        Http.Response noToken =
                web.postAs("/deposit", "application/x-www-form-urlencoded", "phone_number=%2B4917612345671&amount=5");

        assertThat(badAmount.status()).isEqualTo(400);
        assertThat(badAmount.raw()).contains("Type an amount");
        assertThat(noToken.status()).isEqualTo(403);
    }

    static String csrf(Http.Response page) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.raw());
        assertThat(m.find()).as(page.raw()).isTrue();
        return m.group(1);
    }

    // --- helpers

    static JsonNode request(String phone, long amount, String key) {
        Http.Response created = server.admin()
                .post(
                        "/admin/v1/deposits",
                        Map.of("phone_number", phone, "amount", amount, "currency", "EUR"),
                        Map.of("Idempotency-Key", key));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.json();
    }

    static JsonNode get(String id) {
        return server.admin().get("/admin/v1/deposits/" + id).json();
    }

    static void replyWithCode(String phone) {
        network.phone(phone).sendMo("84444", awaitReplyCode(phone));
    }

    static void confirmOnThePage(String id, String phone) {
        Matcher web = awaitMatch(phone, WEB_CODE);
        Http.Response confirmed =
                server.admin().post("/admin/v1/deposits/" + id + "/confirm", Map.of("code", web.group(1)));
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(200);
    }

    static String awaitReplyCode(String phone) {
        return awaitMatch(phone, REPLY_CODE).group(1);
    }

    /** The newest confirmation text's code; earlier ones belong to earlier deposits. */
    static Matcher awaitMatch(String phone, Pattern pattern) {
        int seen = codesSeen.getOrDefault(phone + pattern, 0);
        List<Matcher> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    // Outbox backoffs run on the test clock.
                    clock.advance(Duration.ofSeconds(1));
                    found.clear();
                    for (ReceivedMessage m : network.phone(phone).inbox()) {
                        Matcher matcher = pattern.matcher(m.text());
                        if (matcher.find()) {
                            found.add(matcher);
                        }
                    }
                    return found.size() > seen;
                });
        codesSeen.put(phone + pattern, found.size());
        return found.getLast();
    }

    static final Map<String, Integer> codesSeen = new java.util.concurrent.ConcurrentHashMap<>();

    /** Waits, moving the clock a second at a time so outbox backoffs pass. */
    static JsonNode awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    clock.advance(Duration.ofSeconds(1));
                    return get(id).get("status").asString().equals(status);
                });
        return get(id);
    }

    static void awaitDayBilled(String id, int day) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    clock.advance(Duration.ofSeconds(1));
                    return list(get(id).get("plan")).stream()
                            .filter(i -> i.get("day").asInt() == day)
                            .allMatch(i -> i.get("state").asString().equals("billed"));
                });
    }

    static List<String> routesOfDay(String id, int day) {
        return list(get(id).get("plan")).stream()
                .filter(i -> i.get("day").asInt() == day)
                .map(i -> i.get("route").asString())
                .toList();
    }

    static Duration untilNextMidnight() {
        Instant now = clock.instant();
        Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC)
                .plusDays(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        return Duration.between(now, midnight);
    }

    static List<Charge> premiumLines(String phone) {
        return network.phone(phone).bill().stream()
                .filter(c -> c.kind() == ChargeKind.PREMIUM_SMS)
                .toList();
    }

    static long premiumBill(String phone) {
        return premiumLines(phone).stream().mapToLong(Charge::amountMinor).sum();
    }

    static long wallet(String phone) {
        Http.Response balances = server.admin().get("/admin/v1/users/" + phone + "/balances");
        if (balances.status() == 404) {
            return 0;
        }
        return list(balances.json().get("data")).stream()
                .filter(a -> a.get("purpose").asString().equals("wallet"))
                .filter(a -> !a.get("livemode").asBoolean())
                .mapToLong(a -> a.get("balance").asLong())
                .sum();
    }

    static long systemBalance(String purpose) {
        return list(server.admin()
                        .get("/admin/v1/ledger/accounts?owner=system")
                        .json()
                        .get("data"))
                .stream()
                .filter(a -> a.get("purpose").asString().equals(purpose))
                .filter(a -> !a.get("livemode").asBoolean())
                .mapToLong(a -> a.get("balance").asLong())
                .sum();
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
