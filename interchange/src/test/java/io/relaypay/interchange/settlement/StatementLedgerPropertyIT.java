package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.funds.BuyerDirectory;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
    static final AtomicInteger tries = new AtomicInteger();

    static StatementWorld world;

    @BeforeContainer
    static void start() throws Exception {
        world = StatementWorld.start(StatementLedgerPropertyIT.class);
    }

    @AfterContainer
    static void stop() throws Exception {
        if (world != null) {
            world.stop(StatementLedgerPropertyIT.class);
        }
    }

    @Provide
    Arbitrary<List<StatementOp>> sequences() {
        Arbitrary<Integer> buyer = Arbitraries.integers().between(0, 1);
        Arbitrary<Long> depositAmount = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(StatementWorld.PRICE_POINT)),
                Tuple.of(4, Arbitraries.longs().between(1_00, 30_00)));
        Arbitrary<StatementOp> deposit = Combinators.combine(
                        buyer, Arbitraries.of(StatementOp.Method.class), depositAmount)
                .as(StatementOp.Deposit::new);
        Arbitrary<StatementOp> premium =
                Combinators.combine(buyer, Arbitraries.of(199L, 499L)).as(StatementOp.PremiumDeposit::new);
        Arbitrary<StatementOp> purchase = Combinators.combine(
                        buyer, buyer, Arbitraries.longs().between(1, 25_00))
                .as(StatementOp.Purchase::new);
        Arbitrary<Integer> percent = Arbitraries.integers().between(1, 100);
        Arbitrary<StatementOp> refund = Combinators.combine(
                        Arbitraries.integers().between(0, 9), percent)
                .as(StatementOp.Refund::new);
        Arbitrary<StatementOp> depositRefund = Combinators.combine(
                        Arbitraries.integers().between(0, 9), percent)
                .as(StatementOp.DepositRefund::new);
        return Arbitraries.frequencyOf(
                        Tuple.of(4, deposit),
                        Tuple.of(2, premium),
                        Tuple.of(5, purchase),
                        Tuple.of(3, refund),
                        Tuple.of(2, depositRefund),
                        Tuple.of(2, Arbitraries.just(new StatementOp.PayoutRun())))
                .list()
                .ofMinSize(8)
                .ofMaxSize(16);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void everyStatementEqualsTheSumOfItsLedgerEntries(@ForAll("sequences") List<StatementOp> ops) {
        StatementSequence run = new StatementSequence(world, tries.incrementAndGet(), world.clock.instant());
        for (StatementOp op : ops) {
            world.clock.advance(Duration.ofSeconds(1));
            switch (op) {
                case StatementOp.Deposit d -> run.deposit(d);
                case StatementOp.PremiumDeposit d -> run.premiumDeposit(d);
                case StatementOp.Purchase p -> run.purchase(p);
                case StatementOp.Refund r -> run.refund(r);
                case StatementOp.DepositRefund r -> run.depositRefund(r);
                case StatementOp.PayoutRun r -> run.payoutRun();
            }
        }
        world.clock.advance(Duration.ofSeconds(1));
        Instant from = run.start;
        Instant to = world.clock.instant();
        String period = "?from=" + from + "&to=" + to;

        for (TestMerchant merchant : run.merchants) {
            PartyLedger ledger = PartyLedger.of(world.server, merchant.id(), "balance");
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
        PartyLedger carrier = PartyLedger.of(world.server, "system", "carrier-receivable/northwind");
        String carrierPath = "/admin/v1/carriers/northwind/statement" + period;
        carrier.check(
                "carrier northwind",
                carrier.carrierTotals(from, to),
                world.server.admin().get(carrierPath).json(),
                world.server.admin().get(carrierPath + "&format=csv").raw(),
                from,
                to);
        for (String phone : run.buyers) {
            String user = world.server.bean(BuyerDirectory.class).findOrCreate(phone);
            PartyLedger wallet = PartyLedger.of(world.server, user, "wallet");
            String path = "/admin/v1/users/" + phone + "/statement" + period;
            wallet.check(
                    "buyer " + phone,
                    wallet.userTotals(from, to),
                    world.server.admin().get(path).json(),
                    world.server.admin().get(path + "&format=csv").raw(),
                    from,
                    to);
            assertThat(world.funds.walletBalance(phone))
                    .as("wallet of " + phone)
                    .isEqualTo(wallet.balance());
        }
        LedgerInvariant.check(world.server.bean(DataSource.class));

        // The report shows that the sequences reach every path, not only the easy ones.
        Statistics.label("deposits").collect(run.deposited.size());
        Statistics.label("premium SMS deposits").collect(run.premium);
        Statistics.label("operator billed purchase").collect(run.operatorBilled > 0);
        Statistics.label("refunds").collect(run.refunds);
        Statistics.label("refunds of phone-bill purchases").collect(run.refundsToTheBill > 0);
        Statistics.label("deposit refunds").collect(run.depositRefunds);
        Statistics.label("paid out").collect(run.paidOut);
    }
}
