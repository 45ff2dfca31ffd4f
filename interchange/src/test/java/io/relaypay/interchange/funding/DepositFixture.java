package io.relaypay.interchange.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * One interchange on PostgreSQL and the real simulator on ephemeral ports: SMPP for the
 * confirmation codes, the processor API for cards, banks and stored value, the billing API for the
 * phone bill. Each test uses a fresh phone (so a fresh wallet); the books must balance after each.
 * Timeouts are 1 s so that a 2 s latency fault is an unknown outcome.
 */
abstract class DepositFixture {

    static final String IBAN = "DE89370400440532013000";
    /** Ends in the processor's R01 test account digits. */
    static final String IBAN_INSUFFICIENT_FUNDS = "DE26370400440222222227";
    /** Ends in the processor's R03 test account digits. */
    static final String IBAN_NO_ACCOUNT = "DE28370400440111111116";

    static final Pattern CODE = Pattern.compile("enter ([A-Z0-9]{6}) to add");
    static final Pattern REPLY_CODE = Pattern.compile("reply ([0-9]{5}) or enter");
    static final AtomicInteger NUMBERS = new AtomicInteger();

    static final int CARD_FEE_BASIS_POINTS = 250;
    static final int CARD_FEE_FIXED = 25;
    /** A northwind price point where it keeps 40 % instead of 30 %, and the promotion's threshold. */
    static final long PRICE_POINT = 15_00;

    static final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.channels.smsc-north.port", network.smppPort("smsc-north"))
            .with("relaypay.channels.smsc-hub.port", network.smppPort("smsc-hub"))
            .with("relaypay.funds.billing-url", network.billingUri())
            .with("relaypay.funds.billing-timeout", "1s")
            .with("relaypay.funds.janitor-interval", "1h")
            .with("relaypay.funding.processor-url", network.processorUri())
            .with("relaypay.funding.processor-timeout", "1s")
            .with("relaypay.funding.janitor-interval", "1h")
            .with("relaypay.funding.retry-after", "0s")
            // What the processor keeps, so that every deposit test also checks the fee's booking.
            .with("relaypay.funding.fees.card.basis-points", CARD_FEE_BASIS_POINTS)
            .with("relaypay.funding.fees.card.fixed", CARD_FEE_FIXED)
            .with("relaypay.funding.fees.bank.basis-points", 40)
            .with("relaypay.funding.fees.bank.fixed", 20)
            .with("relaypay.funding.fees.stored-value.basis-points", 300)
            .with("relaypay.funding.fees.stored-value.fixed", 10)
            // Phone-bill deposits are booked as carrier charges: a price point with its own share,
            // a promotion and a deferred user fee, all at amounts no other phone-bill test uses.
            .with("relaypay.settlement.carrier-price-points.northwind." + PRICE_POINT, 4_000)
            .with("relaypay.settlement.promotions[0].name", "big-top-up")
            .with("relaypay.settlement.promotions[0].minimum-amount", PRICE_POINT)
            .with("relaypay.settlement.promotions[0].bonus-fixed", 1_00)
            .with("relaypay.settlement.user-fees.operator-billing.fixed", 35)
            .with("relaypay.settlement.user-fees-deferred", true)
            .with("relaypay.settlement.scheduler-interval", "1h")
            .with("relaypay.settlement.remittance-url", network.httpUri().toString());

    final FundsFixture funds = new FundsFixture(server);

    @BeforeAll
    static void bound() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> network.smsc("smsc-north").boundSessions() > 0
                        && network.smsc("smsc-hub").boundSessions() > 0);
    }

    // The simulator is shared by every subclass in the JVM (a static of this class), so no
    // subclass may close it; it goes with the JVM.

    @AfterEach
    void booksBalance() {
        network.processor().latency(Duration.ZERO);
        network.processor().dropResponses(0);
        network.processor().dropRequests(0);
        network.processor().declineAll(false);
        network.billing().latency(Duration.ZERO);
        network.billing().dropResponses(0);
        network.billing().dropRequests(0);
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    /** A new phone on the northwind network, with no user yet. */
    static String newPhone() {
        String phone = "+4915140" + String.format("%06d", 500 + NUMBERS.incrementAndGet());
        network.addPhone(phone, "northwind");
        return phone;
    }

    static String link(String phone, Map<String, Object> account) {
        Http.Response linked = server.admin().post("/admin/v1/users/" + phone + "/linked-accounts", account);
        assertThat(linked.status()).as(linked.raw()).isEqualTo(201);
        return linked.text("id");
    }

    static String linkCard(String phone, String number) {
        return link(phone, Map.of("kind", "card", "number", number, "exp_month", 12, "exp_year", 2034));
    }

    static String linkBank(String phone, String iban) {
        return link(phone, Map.of("kind", "bank", "iban", iban));
    }

    static String linkEmail(String phone, String email) {
        return link(phone, Map.of("kind", "email", "email", email));
    }

    /** Starts a deposit confirmed by SMS code; answers the created deposit. */
    static JsonNode start(String phone, String method, String linkedAccount, long amount) {
        Map<String, Object> body = linkedAccount == null
                ? Map.of("funding_method", method, "amount", amount, "currency", "EUR")
                : Map.of(
                        "funding_method", method, "linked_account", linkedAccount, "amount", amount, "currency", "EUR");
        Http.Response created = server.admin().post("/admin/v1/users/" + phone + "/funding-deposits", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("requires_confirmation");
        return created.json();
    }

    /** The code texted to {@code phone}, as the simulator's phone received it. */
    static String codeTexted(String phone) {
        List<ReceivedMessage> inbox = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> network.phone(phone).inbox(),
                        list -> list.stream()
                                .anyMatch(m -> CODE.matcher(m.text()).find()));
        Matcher matcher = inbox.stream()
                .map(m -> CODE.matcher(m.text()))
                .filter(Matcher::find)
                .reduce((a, b) -> b)
                .orElseThrow();
        return matcher.group(1);
    }

    /** The code to reply with, from the last confirmation texted to {@code phone}. */
    static String replyCodeTexted(String phone) {
        codeTexted(phone);
        Matcher matcher = network.phone(phone).inbox().stream()
                .map(m -> REPLY_CODE.matcher(m.text()))
                .filter(Matcher::find)
                .reduce((a, b) -> b)
                .orElseThrow();
        return matcher.group(1);
    }

    static Http.Response confirm(String depositId, String code) {
        return server.admin().post("/admin/v1/funding-deposits/" + depositId + "/confirm", Map.of("code", code));
    }

    /** Starts and confirms a deposit with the texted code; answers the deposit after the confirmation. */
    static JsonNode deposit(String phone, String method, String linkedAccount, long amount) {
        String id = start(phone, method, linkedAccount, amount).get("id").asString();
        Http.Response confirmed = confirm(id, codeTexted(phone));
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(200);
        return confirmed.json();
    }

    static JsonNode get(String depositId) {
        return server.admin().get("/admin/v1/funding-deposits/" + depositId).json();
    }

    static void janitor() {
        server.bean(DepositJanitor.class).tick();
    }

    static long systemBalance(String purpose) {
        for (JsonNode a : server.admin()
                .get("/admin/v1/ledger/accounts?owner=system")
                .json()
                .get("data")) {
            if (a.get("purpose").asString().equals(purpose)
                    && !a.get("livemode").asBoolean()) {
                return a.get("balance").asLong();
            }
        }
        return 0;
    }

    /**
     * How far a source's clearing account and the account of what it keeps moved since a
     * snapshot, in minor units as the ledger shows them (a debit is negative).
     */
    record Moved(long clearing, long cost) {}

    /** A snapshot of a source's clearing account and the account of its fee or share. */
    record Books(String clearingPurpose, String costPurpose, long clearing, long cost) {

        /** The processor rail's ({@code card}, {@code bank}, {@code stored-value}) accounts now. */
        static Books processor(String rail) {
            return of("processor-clearing/" + rail, "processor-fees/" + rail);
        }

        /** The carrier's receivable and share accounts now. */
        static Books carrier(String carrier) {
            return of("carrier-receivable/" + carrier, "carrier-share/" + carrier);
        }

        private static Books of(String clearing, String cost) {
            return new Books(clearing, cost, systemBalance(clearing), systemBalance(cost));
        }

        /** What moved since this snapshot. */
        Moved moved() {
            return new Moved(systemBalance(clearingPurpose) - clearing, systemBalance(costPurpose) - cost);
        }
    }

    long wallet(String phone) {
        return funds.walletBalance(phone);
    }
}
