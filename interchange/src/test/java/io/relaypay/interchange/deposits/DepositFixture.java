package io.relaypay.interchange.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.Charge;
import io.relaypay.simulator.ChargeKind;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * What the deposit ITs share: an interchange on the test clock against the simulator's SMSCs, and
 * the steps a user and an operator take (request, read the code from the phone, reply, look at the
 * bill and the balance). Waiting moves the test clock a second a poll, so outbox backoffs pass.
 */
final class DepositFixture {

    static final Pattern REPLY_CODE = Pattern.compile("reply (\\d{5}) to deposit");
    static final Pattern WEB_CODE = Pattern.compile("or enter ([A-Z0-9]{6}) on the deposit page");

    private final RunningInterchange server;
    private final CarrierNetwork network;
    private final TestClock clock;
    private final Map<String, Integer> codesSeen = new ConcurrentHashMap<>();

    DepositFixture(RunningInterchange server, CarrierNetwork network, TestClock clock) {
        this.server = server;
        this.network = network;
        this.clock = clock;
    }

    /** An interchange on {@code clock} sending through {@code network}'s SMSCs, with fast retries and janitors. */
    static RunningInterchange interchange(TestClock clock, CarrierNetwork network) {
        return new RunningInterchange()
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
    }

    /** Waits until both SMSCs have the interchange bound. */
    void bound() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> network.smsc("smsc-north").boundSessions() > 0
                        && network.smsc("smsc-hub").boundSessions() > 0);
    }

    static String csrf(Http.Response page) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.raw());
        assertThat(m.find()).as(page.raw()).isTrue();
        return m.group(1);
    }

    JsonNode request(String phone, long amount, String key) {
        Http.Response created = server.admin()
                .post(
                        "/admin/v1/deposits",
                        Map.of("phone_number", phone, "amount", amount, "currency", "EUR"),
                        Map.of("Idempotency-Key", key));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.json();
    }

    JsonNode get(String id) {
        return server.admin().get("/admin/v1/deposits/" + id).json();
    }

    void replyWithCode(String phone) {
        network.phone(phone).sendMo("84444", awaitReplyCode(phone));
    }

    void confirmOnThePage(String id, String phone) {
        Matcher web = awaitMatch(phone, WEB_CODE);
        Http.Response confirmed =
                server.admin().post("/admin/v1/deposits/" + id + "/confirm", Map.of("code", web.group(1)));
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(200);
    }

    String awaitReplyCode(String phone) {
        return awaitMatch(phone, REPLY_CODE).group(1);
    }

    /** The newest confirmation text's code; earlier ones belong to earlier deposits. */
    Matcher awaitMatch(String phone, Pattern pattern) {
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

    /** Waits, moving the clock a second at a time so outbox backoffs pass. */
    JsonNode awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    clock.advance(Duration.ofSeconds(1));
                    return get(id).get("status").asString().equals(status);
                });
        return get(id);
    }

    void awaitDayBilled(String id, int day) {
        awaitDayIn(id, day, "billed");
    }

    /** Waits until every item of plan day {@code day} is in {@code state}. */
    void awaitDayIn(String id, int day, String state) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    clock.advance(Duration.ofSeconds(1));
                    return list(get(id).get("plan")).stream()
                            .filter(i -> i.get("day").asInt() == day)
                            .allMatch(i -> i.get("state").asString().equals(state));
                });
    }

    List<String> routesOfDay(String id, int day) {
        return list(get(id).get("plan")).stream()
                .filter(i -> i.get("day").asInt() == day)
                .map(i -> i.get("route").asString())
                .toList();
    }

    Duration untilNextMidnight() {
        Instant now = clock.instant();
        Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC)
                .plusDays(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        return Duration.between(now, midnight);
    }

    List<Charge> premiumLines(String phone) {
        return network.phone(phone).bill().stream()
                .filter(c -> c.kind() == ChargeKind.PREMIUM_SMS)
                .toList();
    }

    long premiumBill(String phone) {
        return premiumLines(phone).stream().mapToLong(Charge::amountMinor).sum();
    }

    long wallet(String phone) {
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

    long systemBalance(String purpose) {
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
