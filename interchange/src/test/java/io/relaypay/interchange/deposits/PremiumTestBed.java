package io.relaypay.interchange.deposits;

import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.testkit.TestClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every premium deposit IT stands on: the carrier simulator on ephemeral ports, the
 * interchange on PostgreSQL bound to its SMSCs on a test clock, and the {@link DepositFixture}.
 * Registered as a static extension, it starts them before the class (until both SMSCs hold a
 * bind), checks the ledger invariant after each test, and stops the interchange, then the network.
 */
final class PremiumTestBed implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());
    final RunningInterchange server;
    final DepositFixture deposits;

    /** The bed with {@link DepositFixture#interchange}'s settings. */
    PremiumTestBed() {
        this((server, network) -> server);
    }

    /** The bed with more settings: {@code configure} gets the interchange and the network. */
    PremiumTestBed(BiFunction<RunningInterchange, CarrierNetwork, RunningInterchange> configure) {
        server = configure.apply(DepositFixture.interchange(clock, network), network);
        deposits = new DepositFixture(server, network, clock);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server.beforeAll(context);
        deposits.bound();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            server.afterAll(context);
        } finally {
            network.close();
        }
    }
}
