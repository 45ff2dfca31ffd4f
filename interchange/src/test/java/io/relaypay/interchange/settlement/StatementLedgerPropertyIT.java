package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.JsonNode;

/**
 * For random sequences of top-ups, purchases (from the balance, or by operator billing through the
 * carrier simulator when the balance is short), refunds and payout runs, over HTTP against the real
 * interchange on PostgreSQL: each merchant's, each buyer's and the carrier's statement equals what
 * the sequence did, and the merchants' and buyers' equal the sum of their ledger entries.
 */
class StatementLedgerPropertyIT {

    static final String[] BUYERS = {"+4915112345671", "+4915112345672"};
    static final TestClock clock = new TestClock(Instant.parse("2026-11-10T08:00:00Z"));
    static final AtomicInteger tries = new AtomicInteger();

    static CarrierNetwork network;
    static RunningInterchange server;
    static FundsFixture funds;

    sealed interface Op {
        record TopUp(int buyer, long amount) implements Op {}

        record Purchase(int merchant, int buyer, long amount) implements Op {}

        record Refund(int purchase, int percent) implements Op {}

        record PayoutRun() implements Op {}
    }

    @BeforeContainer
    static void start() throws Exception {
        network = CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());
        server = new RunningInterchange()
                .withClock(clock)
                .with("relaypay.funds.janitor-interval", "1h")
                .with("relaypay.settlement.scheduler-interval", "1h")
                .with("relaypay.funds.billing-url", network.httpUri() + "/carrier-billing/v0");
        StandaloneServer.start(server, StatementLedgerPropertyIT.class);
        funds = new FundsFixture(server);
    }

    @AfterContainer
    static void stop() throws Exception {
        if (server != null) {
            StandaloneServer.stop(server, StatementLedgerPropertyIT.class);
        }
        if (network != null) {
            network.close();
        }
    }

    @Provide
    Arbitrary<List<Op>> sequences() {
        Arbitrary<Op> topUp = Arbitraries.integers()
                .between(0, BUYERS.length - 1)
                .flatMap(b -> Arbitraries.longs().between(1, 600).map(a -> new Op.TopUp(b, a)));
        Arbitrary<Op> purchase = Arbitraries.integers()
                .between(0, 1)
                .flatMap(m -> Arbitraries.integers()
                        .between(0, BUYERS.length - 1)
                        .flatMap(b -> Arbitraries.longs().between(1, 900).map(a -> new Op.Purchase(m, b, a))));
        Arbitrary<Op> refund = Arbitraries.integers()
                .between(0, 9)
                .flatMap(p -> Arbitraries.integers().between(1, 100).map(pc -> new Op.Refund(p, pc)));
        Arbitrary<Op> payout = Arbitraries.just(new Op.PayoutRun());
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, topUp),
                        net.jqwik.api.Tuple.of(5, purchase),
                        net.jqwik.api.Tuple.of(4, refund),
                        net.jqwik.api.Tuple.of(2, payout))
                .list()
                .ofMinSize(6)
                .ofMaxSize(16);
    }

    @Property(tries = 12, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void statementsEqualTheLedgerAndTheSequence(@ForAll("sequences") List<Op> ops) {
        int run = tries.incrementAndGet();
        Instant start = clock.instant();
        List<TestMerchant> merchants = List.of(
                merchantWithPayoutAccount("Prop A " + run, 150, 5), merchantWithPayoutAccount("Prop B " + run, 0, 30));
        Model model = new Model();
        for (int b = 0; b < BUYERS.length; b++) {
            model.wallet.put(b, funds.walletBalance(BUYERS[b]));
            model.buyer(b).opening = model.wallet.get(b);
        }
        Instant lastRunEnd = start;
        for (Op op : ops) {
            clock.advance(Duration.ofSeconds(1));
            switch (op) {
                case Op.TopUp t -> {
                    funds.topUp(BUYERS[t.buyer()], t.amount(), "prop-" + run + "-" + model.topUps++);
                    model.wallet.merge(t.buyer(), t.amount(), Long::sum);
                    model.buyer(t.buyer()).deposits += t.amount();
                }
                case Op.Purchase p -> purchase(model, merchants.get(p.merchant()), p);
                case Op.Refund r -> refund(model, merchants, r);
                case Op.PayoutRun r -> {
                    clock.advance(Duration.ofSeconds(1));
                    Instant end = clock.instant();
                    Http.Response answer = server.admin()
                            .post("/admin/v1/payout-runs", Map.of("from", lastRunEnd.toString(), "to", end.toString()));
                    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
                    lastRunEnd = end;
                }
            }
        }
        clock.advance(Duration.ofSeconds(1));
        String from = start.toString();
        String to = clock.instant().toString();
        for (int m = 0; m < merchants.size(); m++) {
            checkMerchant(model, merchants.get(m), model.of(m), from, to);
        }
        checkCarrier(model, from, to);
        for (int b = 0; b < BUYERS.length; b++) {
            assertThat(funds.walletBalance(BUYERS[b]))
                    .as("wallet of " + BUYERS[b])
                    .isEqualTo(model.wallet.get(b));
            checkBuyer(BUYERS[b], model.buyer(b), model.wallet.get(b), from, to);
        }
        LedgerInvariant.check(server.bean(DataSource.class));
        // Shows in the report that the sequences reach every path, not only the easy ones.
        net.jqwik.api.statistics.Statistics.label("operator billed").collect(model.carrierGross > 0);
        net.jqwik.api.statistics.Statistics.label("refunded")
                .collect(model.parties.values().stream().anyMatch(p -> p.refunds > 0));
        net.jqwik.api.statistics.Statistics.label("paid out").collect(model.paidOut > 0);
    }

    private static void purchase(Model model, TestMerchant merchant, Op.Purchase p) {
        Payment payment = funds.processing(merchant, p.amount(), BUYERS[p.buyer()]);
        boolean fromBalance = model.wallet.get(p.buyer()) >= p.amount();
        PaymentFunding.Outcome outcome = funds.settle(payment);
        if (!(outcome instanceof PaymentFunding.Outcome.Paid)) {
            return; // declined by the carrier (spending limit): nothing moved
        }
        Model.Party party = model.of(model.merchantIndex(merchant, p));
        party.gross += p.amount();
        party.fees += model.feeOf(p.merchant(), p.amount());
        if (fromBalance) {
            // Refunds of phone-bill purchases go back to the bill (RefundsToOriginalMethodIT); the
            // model follows the balance, so only balance-paid purchases are refunded here.
            model.paid.add(new Model.Paid(payment.id(), merchant, p.merchant(), p.buyer(), p.amount()));
        }
        model.buyer(p.buyer()).purchases += p.amount();
        if (fromBalance) {
            model.wallet.merge(p.buyer(), -p.amount(), Long::sum);
        } else {
            model.buyer(p.buyer()).deposits += p.amount();
            model.carrierGross += p.amount();
            model.carrierShare += Math.floorDiv(p.amount() * 3_000 + 5_000, 10_000);
        }
    }

    private static void refund(Model model, List<TestMerchant> merchants, Op.Refund r) {
        if (model.paid.isEmpty()) {
            return;
        }
        Model.Paid paid = model.paid.get(r.purchase() % model.paid.size());
        long amount = Math.max(1, paid.amount() * r.percent() / 100);
        Http.Response answer =
                paid.merchant().api().post("/v1/refunds", Map.of("payment", paid.id(), "amount", amount));
        if (answer.status() == 201 && answer.text("status").equals("succeeded")) {
            model.of(paid.merchantIndex()).refunds += amount;
            model.wallet.merge(paid.buyer(), amount, Long::sum);
            model.buyer(paid.buyer()).refunds += amount;
        }
    }

    private static void checkMerchant(
            Model model, TestMerchant merchant, Model.Party expected, String from, String to) {
        JsonNode data = merchant.api()
                .get("/v1/statements?from=" + from + "&to=" + to)
                .json()
                .get("data");
        long paidOut = 0;
        for (JsonNode payout :
                merchant.api().get("/v1/payouts?limit=100").json().get("data")) {
            if (payout.get("status").asString().equals("paid")) {
                paidOut += payout.get("amount").asLong();
            }
        }
        model.paidOut += paidOut;
        if (data.isEmpty()) {
            assertThat(expected.gross).isZero();
            return;
        }
        JsonNode eur = data.get(0);
        Map<String, Long> ledger = entrySums(merchant.id(), "balance");
        assertThat(eur.get("opening").asLong()).isZero();
        assertThat(eur.get("gross").asLong()).isEqualTo(expected.gross).isEqualTo(ledger.getOrDefault("payment", 0L));
        assertThat(eur.get("fees").asLong()).isEqualTo(expected.fees).isEqualTo(-ledger.getOrDefault("fee", 0L));
        assertThat(eur.get("refunds").asLong())
                .isEqualTo(expected.refunds)
                .isEqualTo(-ledger.getOrDefault("refund", 0L));
        assertThat(eur.get("payouts").asLong()).isEqualTo(paidOut).isEqualTo(-ledger.getOrDefault("payout", 0L));
        assertThat(eur.get("other").asLong()).isZero();
        assertThat(eur.get("closing").asLong())
                .isEqualTo(expected.gross - expected.fees - expected.refunds - paidOut)
                .isEqualTo(balanceOf(merchant.id(), "balance"));
    }

    private static void checkBuyer(String phone, Model.Buyer expected, long wallet, String from, String to) {
        java.util.Optional<String> user =
                server.bean(io.relaypay.interchange.funds.BuyerDirectory.class).userOf(phone);
        JsonNode data = user.isEmpty()
                ? null
                : server.admin()
                        .get("/admin/v1/users/" + phone + "/statement?from=" + from + "&to=" + to)
                        .json()
                        .get("data");
        if (data == null || data.isEmpty()) {
            // Never seen, or never had a wallet: nothing happened to it.
            assertThat(expected.deposits + expected.refunds + expected.purchases)
                    .isZero();
            return;
        }
        JsonNode eur = data.get(0);
        Map<String, Long> ledger = entrySums(user.get(), "wallet");
        assertThat(eur.get("opening").asLong()).as("opening of " + phone).isEqualTo(expected.opening);
        assertThat(eur.get("deposits").asLong()).as("deposits of " + phone).isEqualTo(expected.deposits);
        assertThat(eur.get("refunds").asLong()).as("refunds to " + phone).isEqualTo(expected.refunds);
        assertThat(eur.get("purchases").asLong()).as("purchases of " + phone).isEqualTo(expected.purchases);
        assertThat(eur.get("fees").asLong()).isZero();
        assertThat(eur.get("other").asLong()).isZero();
        assertThat(eur.get("closing").asLong())
                .as("closing of " + phone)
                .isEqualTo(wallet)
                .isEqualTo(ledger.values().stream().mapToLong(Long::longValue).sum());
    }

    private static void checkCarrier(Model model, String from, String to) {
        JsonNode data = server.admin()
                .get("/admin/v1/carriers/northwind/statement?from=" + from + "&to=" + to)
                .json()
                .get("data");
        long gross = data.isEmpty() ? 0 : data.get(0).get("gross").asLong();
        long shares = data.isEmpty() ? 0 : data.get(0).get("shares").asLong();
        assertThat(gross).as("carrier gross").isEqualTo(model.carrierGross);
        assertThat(shares).as("carrier shares").isEqualTo(model.carrierShare);
    }

    /** Posted amounts by entry kind, signed from the account's side, from the admin ledger API. */
    private static Map<String, Long> entrySums(String owner, String purpose) {
        String accountId = accountOf(owner, purpose).get("account_id").asString();
        Map<String, Long> sums = new HashMap<>();
        String before = "";
        while (true) {
            JsonNode page = server.admin()
                    .get("/admin/v1/ledger/accounts/" + accountId + "/entries?limit=200" + before)
                    .json();
            for (JsonNode e : page.get("data")) {
                List<String> flags = new ArrayList<>();
                e.get("flags").forEach(f -> flags.add(f.asString()));
                if (flags.contains("pending") || flags.contains("void_pending")) {
                    continue;
                }
                long amount = e.get("amount").asLong();
                sums.merge(
                        e.get("entry").asString(),
                        e.get("side").asString().equals("credit") ? amount : -amount,
                        Long::sum);
            }
            if (!page.get("has_more").asBoolean()) {
                return sums;
            }
            before = "&before=" + page.get("next_before").asLong();
        }
    }

    private static long balanceOf(String owner, String purpose) {
        return accountOf(owner, purpose).get("balance").asLong();
    }

    private static JsonNode accountOf(String owner, String purpose) {
        for (JsonNode a : server.admin()
                .get("/admin/v1/ledger/accounts?owner=" + owner)
                .json()
                .get("data")) {
            if (a.get("purpose").asString().equals(purpose)
                    && !a.get("livemode").asBoolean()) {
                return a;
            }
        }
        throw new AssertionError("no " + purpose + " account of " + owner);
    }

    private static TestMerchant merchantWithPayoutAccount(String name, long basisPoints, long fixed) {
        TestMerchant merchant = funds.merchant(name, basisPoints, fixed);
        server.admin()
                .put(
                        "/admin/v1/merchants/" + merchant.id() + "/payout-account",
                        "application/json",
                        "{\"account\":\"DE0012345678\"}");
        return merchant;
    }

    /** What the sequence did, kept independently of the server. */
    static final class Model {
        final Map<Integer, Long> wallet = new HashMap<>();
        final Map<Integer, Party> parties = new HashMap<>();
        final Map<Integer, Buyer> buyers = new HashMap<>();
        final List<Paid> paid = new ArrayList<>();
        long paidOut;
        long carrierGross;
        long carrierShare;
        int topUps;

        static final class Party {
            long gross;
            long fees;
            long refunds;
        }

        static final class Buyer {
            long opening;
            long deposits;
            long refunds;
            long purchases;
        }

        Buyer buyer(int index) {
            return buyers.computeIfAbsent(index, b -> new Buyer());
        }

        record Paid(String id, TestMerchant merchant, int merchantIndex, int buyer, long amount) {}

        Party of(int merchant) {
            return parties.computeIfAbsent(merchant, m -> new Party());
        }

        int merchantIndex(TestMerchant merchant, Op.Purchase p) {
            return p.merchant();
        }

        /** Merchant A: 1.5 % (rounded up) + 0.05; merchant B: 0.30 fixed; never above the amount. */
        long feeOf(int merchant, long amount) {
            long fee = merchant == 0 ? Math.ceilDiv(amount * 150, 10_000) + 5 : 30;
            return Math.min(amount, fee);
        }
    }
}
