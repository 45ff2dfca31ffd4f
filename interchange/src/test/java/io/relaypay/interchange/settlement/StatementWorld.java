package io.relaypay.interchange.settlement;

import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;

/**
 * The system {@link StatementLedgerPropertyIT} runs against, once for all its tries: the carrier
 * simulator, and the interchange on PostgreSQL on a test clock with every fee and share the
 * statements must show turned on (card, bank and stored-value fees, a premium price point with a
 * promotion, user fees on every purchase funding).
 */
final class StatementWorld {

    /** A northwind price point where it keeps 40 %, and the promotion's threshold. */
    static final long PRICE_POINT = 15_00;

    final TestClock clock;
    final CarrierNetwork network;
    final RunningInterchange server;
    final FundsFixture funds;

    private StatementWorld(TestClock clock, CarrierNetwork network, RunningInterchange server) {
        this.clock = clock;
        this.network = network;
        this.server = server;
        this.funds = new FundsFixture(server);
    }

    /** Starts the simulator and the interchange for {@code owner}, and waits for both SMPP binds. */
    static StatementWorld start(Class<?> owner) throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-11-10T08:00:00Z"));
        CarrierNetwork network = CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());
        RunningInterchange server = new RunningInterchange()
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
        StandaloneServer.start(server, owner);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> network.smsc("smsc-north").boundSessions() > 0
                        && network.smsc("smsc-hub").boundSessions() > 0);
        return new StatementWorld(clock, network, server);
    }

    /** Stops the interchange, then the simulator. */
    void stop(Class<?> owner) throws Exception {
        try {
            StandaloneServer.stop(server, owner);
        } finally {
            network.close();
        }
    }
}
