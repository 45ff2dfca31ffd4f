package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.funding.DepositJanitor;
import io.relaypay.interchange.funds.BuyerDirectory;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * For random sequences of real deposits (card, bank and stored value through the simulator's
 * processor, the phone bill through its billing API, each confirmed by the code texted over SMPP;
 * premium SMS deposits confirmed by the user's reply and billed charge by charge),
 * purchases (from the balance, or by operator billing when the balance is short), refunds of both
 * (a phone-bill purchase's goes back to the bill), deposit refunds and payout runs, with user fees
 * and merchant fees per funding method on, over HTTP against the real interchange on PostgreSQL:
 * every party's statement (each merchant's JSON and CSV, the carrier's, each buyer's wallet
 * statement) equals, total by total and line by line, the sum of that party's ledger entries as the
 * admin ledger API shows them, and the books balance.
 *
 * <p>{@value #TRIES} tries of 8 to 16 steps keep it within about a minute on the build machine;
 * a failure prints its seed and sample, to replay with {@code @Property(seed = "...")}.
 */
class StatementLedgerPropertyIT {

    static final int TRIES = 8;
    static final TestClock clock = new TestClock(Instant.parse("2026-11-10T08:00:00Z"));
    static final AtomicInteger tries = new AtomicInteger();
    static final Pattern CODE = Pattern.compile("enter ([A-Z0-9]{6}) to add");
    static final Pattern PREMIUM_REPLY = Pattern.compile("reply (\\d{5}) to deposit");
    /** A northwind price point where it keeps 40 %, and the promotion's threshold. */
    static final long PRICE_POINT = 15_00;

    static CarrierNetwork network;
    static RunningInterchange server;
    static FundsFixture funds;

    enum Method {
        CARD("card"),
        BANK("bank"),
        STORED_VALUE("stored_value"),
        PHONE_BILL("operator_billing");

        final String wire;

        Method(String wire) {
            this.wire = wire;
        }
    }

    sealed interface Op {
        record Deposit(int buyer, Method method, long amount) implements Op {}

        record PremiumDeposit(int buyer, long amount) implements Op {}

        record Purchase(int merchant, int buyer, long amount) implements Op {}

        record Refund(int purchase, int percent) implements Op {}

        record DepositRefund(int deposit, int percent) implements Op {}

        record PayoutRun() implements Op {}
    }

    @BeforeContainer
    static void start() throws Exception {
        network = CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());
        server = new RunningInterchange()
                .withClock(clock)
                .with("relaypay.channels.smsc-north.port", network.smppPort("smsc-north"))
                .with("relaypay.channels.smsc-hub.port", network.smppPort("smsc-hub"))
                .with("relaypay.funds.billing-url", network.billingUri())
                .with("relaypay.funds.janitor-interval", "1h")
                .with("relaypay.funding.processor-url", network.processorUri())
                .with("relaypay.funding.janitor-interval", "1h")
                .with("relaypay.funding.retry-after", "0s")
                // Premium SMS deposits: outbox backoffs and janitors short, on the test clock.
                .with("relaypay.messaging.outbox.first-backoff", "1s")
                .with("relaypay.messaging.outbox.max-backoff", "2s")
                .with("relaypay.messaging.outbox.receipt-deadline", "1h")
                .with("relaypay.messaging.outbox.janitor-interval", "200ms")
                .with("relaypay.deposits.janitor-interval", "100ms")
                .with("relaypay.funding.fees.card.basis-points", 250)
                .with("relaypay.funding.fees.card.fixed", 25)
                .with("relaypay.funding.fees.bank.basis-points", 40)
                .with("relaypay.funding.fees.bank.fixed", 20)
                .with("relaypay.funding.fees.stored-value.basis-points", 300)
                .with("relaypay.funding.fees.stored-value.fixed", 10)
                .with("relaypay.settlement.carrier-price-points.northwind." + PRICE_POINT, 4_000)
                .with("relaypay.settlement.promotions[0].name", "big-top-up")
                .with("relaypay.settlement.promotions[0].minimum-amount", PRICE_POINT)
                .with("relaypay.settlement.promotions[0].bonus-fixed", 1_00)
                // User fees on every method a purchase or a phone-bill deposit can be funded by.
                .with("relaypay.settlement.user-fees.balance.basis-points", 100)
                .with("relaypay.settlement.user-fees.operator-billing.basis-points", 200)
                .with("relaypay.settlement.user-fees.operator-billing.fixed", 35)
                .with("relaypay.settlement.user-fees.premium-sms.fixed", 10)
                .with("relaypay.settlement.scheduler-interval", "1h");
        StandaloneServer.start(server, StatementLedgerPropertyIT.class);
        funds = new FundsFixture(server);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> network.smsc("smsc-north").boundSessions() > 0
                        && network.smsc("smsc-hub").boundSessions() > 0);
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
        Arbitrary<Integer> buyer = Arbitraries.integers().between(0, 1);
        Arbitrary<Long> depositAmount = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(PRICE_POINT)),
                Tuple.of(4, Arbitraries.longs().between(1_00, 30_00)));
        Arbitrary<Op> deposit = Combinators.combine(buyer, Arbitraries.of(Method.class), depositAmount)
                .as(Op.Deposit::new);
        Arbitrary<Op> premium =
                Combinators.combine(buyer, Arbitraries.of(199L, 499L)).as(Op.PremiumDeposit::new);
        Arbitrary<Op> purchase = Combinators.combine(
                        buyer, buyer, Arbitraries.longs().between(1, 25_00))
                .as(Op.Purchase::new);
        Arbitrary<Integer> percent = Arbitraries.integers().between(1, 100);
        Arbitrary<Op> refund = Combinators.combine(Arbitraries.integers().between(0, 9), percent)
                .as(Op.Refund::new);
        Arbitrary<Op> depositRefund = Combinators.combine(Arbitraries.integers().between(0, 9), percent)
                .as(Op.DepositRefund::new);
        return Arbitraries.frequencyOf(
                        Tuple.of(4, deposit),
                        Tuple.of(2, premium),
                        Tuple.of(5, purchase),
                        Tuple.of(3, refund),
                        Tuple.of(2, depositRefund),
                        Tuple.of(2, Arbitraries.just(new Op.PayoutRun())))
                .list()
                .ofMinSize(8)
                .ofMaxSize(16);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void everyStatementEqualsTheSumOfItsLedgerEntries(@ForAll("sequences") List<Op> ops) {
        Sequence run = new Sequence(tries.incrementAndGet(), clock.instant());
        for (Op op : ops) {
            clock.advance(Duration.ofSeconds(1));
            switch (op) {
                case Op.Deposit d -> run.deposit(d);
                case Op.PremiumDeposit d -> run.premiumDeposit(d);
                case Op.Purchase p -> run.purchase(p);
                case Op.Refund r -> run.refund(r);
                case Op.DepositRefund r -> run.depositRefund(r);
                case Op.PayoutRun r -> run.payoutRun();
            }
        }
        clock.advance(Duration.ofSeconds(1));
        Instant from = run.start;
        Instant to = clock.instant();
        String period = "?from=" + from + "&to=" + to;

        for (TestMerchant merchant : run.merchants) {
            PartyLedger ledger = PartyLedger.of(server, merchant.id(), "balance");
            ledger.check(
                    "merchant " + merchant.id(),
                    ledger.merchantTotals(from, to),
                    merchant.api().get("/v1/statements" + period).json(),
                    merchant.api()
                            .get("/v1/statements" + period + "&format=csv")
                            .raw(),
                    from,
                    to);
        }
        PartyLedger carrier = PartyLedger.of(server, "system", "carrier-receivable/northwind");
        String carrierPath = "/admin/v1/carriers/northwind/statement" + period;
        carrier.check(
                "carrier northwind",
                carrier.carrierTotals(from, to),
                server.admin().get(carrierPath).json(),
                server.admin().get(carrierPath + "&format=csv").raw(),
                from,
                to);
        for (String phone : run.buyers) {
            String user = server.bean(BuyerDirectory.class).findOrCreate(phone);
            PartyLedger wallet = PartyLedger.of(server, user, "wallet");
            String path = "/admin/v1/users/" + phone + "/statement" + period;
            wallet.check(
                    "buyer " + phone,
                    wallet.userTotals(from, to),
                    server.admin().get(path).json(),
                    server.admin().get(path + "&format=csv").raw(),
                    from,
                    to);
            assertThat(funds.walletBalance(phone)).as("wallet of " + phone).isEqualTo(wallet.balance());
        }
        LedgerInvariant.check(server.bean(DataSource.class));

        // The report shows that the sequences reach every path, not only the easy ones.
        Statistics.label("deposits").collect(run.deposited.size());
        Statistics.label("premium SMS deposits").collect(run.premium);
        Statistics.label("operator billed purchase").collect(run.operatorBilled > 0);
        Statistics.label("refunds").collect(run.refunds);
        Statistics.label("refunds of phone-bill purchases").collect(run.refundsToTheBill > 0);
        Statistics.label("deposit refunds").collect(run.depositRefunds);
        Statistics.label("paid out").collect(run.paidOut);
    }

    /** One try: its merchants and buyers, fresh so that their statements are theirs alone. */
    static final class Sequence {
        final int number;
        final Instant start;
        final List<TestMerchant> merchants;
        final List<String> buyers;
        final Map<String, String> linked = new HashMap<>();
        final List<Paid> paid = new ArrayList<>();
        final List<String> deposited = new ArrayList<>();
        Instant lastRunEnd;
        int operatorBilled;
        int premium;
        int refunds;
        int refundsToTheBill;
        int depositRefunds;
        boolean paidOut;

        record Paid(TestMerchant merchant, String payment, long amount, boolean billed) {}

        Sequence(int number, Instant start) {
            this.number = number;
            this.start = start;
            this.lastRunEnd = start;
            this.merchants = List.of(merchant("Prop A " + number, 150, 5), merchant("Prop B " + number, 0, 30));
            this.buyers = List.of(phone(number, 1), phone(number, 2));
        }

        void deposit(Op.Deposit d) {
            String phone = buyers.get(d.buyer());
            Map<String, Object> body =
                    new HashMap<>(Map.of("funding_method", d.method().wire, "amount", d.amount(), "currency", "EUR"));
            if (d.method() != Method.PHONE_BILL) {
                body.put("linked_account", linkedAccount(phone, d.method()));
            }
            long codesBefore = codes(phone).size();
            Http.Response created = server.admin().post("/admin/v1/users/" + phone + "/funding-deposits", body);
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            if (!created.text("status").equals("requires_confirmation")) {
                return; // declined at once (a bill over its limit): nothing moved
            }
            String code = await().atMost(Duration.ofSeconds(20))
                    .until(() -> codes(phone), c -> c.size() > codesBefore)
                    .getLast();
            String id = created.text("id");
            Http.Response confirmed =
                    server.admin().post("/admin/v1/funding-deposits/" + id + "/confirm", Map.of("code", code));
            assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(200);
            if (d.method() == Method.BANK) {
                // A bank debit clears after three business days at the processor.
                // The janitor looks at deposits untouched since before now: a second later on ours.
                network.processor().advance(Duration.ofDays(3));
                clock.advance(Duration.ofSeconds(1));
                server.bean(DepositJanitor.class).tick();
            }
            String status =
                    server.admin().get("/admin/v1/funding-deposits/" + id).text("status");
            assertThat(status).as("deposit " + id + " by " + d.method()).isEqualTo("succeeded");
            deposited.add(id);
        }

        /** A deposit by premium SMS: the user replies with the texted code, each charge is billed. */
        void premiumDeposit(Op.PremiumDeposit d) {
            String phone = buyers.get(d.buyer());
            Http.Response created = server.admin()
                    .post(
                            "/admin/v1/deposits",
                            Map.of("phone_number", phone, "amount", d.amount(), "currency", "EUR"),
                            Map.of("Idempotency-Key", "prop-" + number + "-" + premium++));
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            long repliesBefore = matches(phone, PREMIUM_REPLY).size();
            String reply = await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(
                            () -> {
                                clock.advance(Duration.ofSeconds(1)); // outbox backoffs run on our clock
                                return matches(phone, PREMIUM_REPLY);
                            },
                            c -> c.size() > repliesBefore)
                    .getLast();
            network.phone(phone).sendMo("84444", reply);
            String id = created.text("id");
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        clock.advance(Duration.ofSeconds(1));
                        return server.admin()
                                .get("/admin/v1/deposits/" + id)
                                .text("status")
                                .equals("succeeded");
                    });
        }

        void purchase(Op.Purchase p) {
            TestMerchant merchant = merchants.get(p.merchant());
            String phone = buyers.get(p.buyer());
            boolean fromBalance = funds.walletBalance(phone) >= p.amount();
            Payment payment = funds.processing(merchant, p.amount(), phone);
            if (funds.settle(payment) instanceof PaymentFunding.Outcome.Paid) {
                paid.add(new Paid(merchant, payment.id(), p.amount(), !fromBalance));
                operatorBilled += fromBalance ? 0 : 1;
            } // else declined by the carrier (spending limit): nothing moved
        }

        void refund(Op.Refund r) {
            if (paid.isEmpty()) {
                return;
            }
            Paid payment = paid.get(r.purchase() % paid.size());
            long amount = Math.max(1, payment.amount() * r.percent() / 100);
            Http.Response answer = payment.merchant()
                    .api()
                    .post("/v1/refunds", Map.of("payment", payment.payment(), "amount", amount));
            assertThat(answer.status()).as(answer.raw()).isIn(201, 400, 409);
            refunds += answer.status() == 201 ? 1 : 0;
            refundsToTheBill += answer.status() == 201 && payment.billed() ? 1 : 0;
        }

        void depositRefund(Op.DepositRefund r) {
            if (deposited.isEmpty()) {
                return;
            }
            String id = deposited.get(r.deposit() % deposited.size());
            long amount = server.admin()
                    .get("/admin/v1/funding-deposits/" + id)
                    .json()
                    .get("amount")
                    .asLong();
            Http.Response answer = server.admin()
                    .post(
                            "/admin/v1/funding-deposits/" + id + "/refunds",
                            Map.of("amount", Math.max(1, amount * r.percent() / 100)));
            assertThat(answer.status()).as(answer.raw()).isIn(201, 409);
            depositRefunds += answer.status() == 201 && answer.text("status").equals("succeeded") ? 1 : 0;
        }

        void payoutRun() {
            clock.advance(Duration.ofSeconds(1));
            Instant end = clock.instant();
            Http.Response answer = server.admin()
                    .post("/admin/v1/payout-runs", Map.of("from", lastRunEnd.toString(), "to", end.toString()));
            assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
            answer.json()
                    .get("payouts")
                    .forEach(p -> paidOut |= p.get("status").asString().equals("paid"));
            lastRunEnd = end;
        }

        private String linkedAccount(String phone, Method method) {
            return linked.computeIfAbsent(phone + " " + method, k -> {
                Map<String, Object> account = switch (method) {
                    case CARD ->
                        Map.of("kind", "card", "number", "4242424242424242", "exp_month", 12, "exp_year", 2034);
                    case BANK -> Map.of("kind", "bank", "iban", "DE89370400440532013000");
                    case STORED_VALUE -> {
                        String email = "prop" + phone.substring(1) + "@example.com";
                        network.processor().fundStoredValue(email, "EUR", 1_000_00);
                        yield Map.of("kind", "email", "email", email);
                    }
                    case PHONE_BILL -> throw new IllegalArgumentException("the phone bill is not a linked account");
                };
                Http.Response answer = server.admin().post("/admin/v1/users/" + phone + "/linked-accounts", account);
                assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
                return answer.text("id");
            });
        }

        private static List<String> codes(String phone) {
            return matches(phone, CODE);
        }

        private static List<String> matches(String phone, Pattern pattern) {
            return network.phone(phone).inbox().stream()
                    .map(m -> pattern.matcher(m.text()))
                    .filter(Matcher::find)
                    .map(m -> m.group(1))
                    .toList();
        }

        private static String phone(int run, int buyer) {
            String phone = "+4915141" + String.format("%06d", run * 10 + buyer);
            network.addPhone(phone, "northwind");
            return phone;
        }

        private static TestMerchant merchant(String name, long basisPoints, long fixed) {
            TestMerchant merchant = funds.merchant(name, basisPoints, fixed);
            server.admin()
                    .put(
                            "/admin/v1/merchants/" + merchant.id() + "/payout-account",
                            "application/json",
                            "{\"account\":\"DE0012345678\"}");
            // Each merchant pays other terms for purchases paid by the phone bill.
            Http.Response terms = server.admin()
                    .put(
                            "/admin/v1/merchants/" + merchant.id() + "/fees/operator-billing",
                            "application/json",
                            "{\"fee_basis_points\":" + (basisPoints + 300) + ",\"fee_fixed\":" + (fixed + 10) + "}");
            assertThat(terms.status()).as(terms.raw()).isEqualTo(200);
            return merchant;
        }
    }
}
