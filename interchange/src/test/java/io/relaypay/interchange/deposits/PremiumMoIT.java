package io.relaypay.interchange.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.Charge;
import io.relaypay.simulator.ChargeKind;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deposits by premium MO over the real simulator and PostgreSQL: each MO a carrier billed at one of
 * its premium short codes credits its sender, with the carrier's share booked; an ordinary MO moves
 * nothing. The phone's bill equals what was credited.
 */
class PremiumMoIT {

    static final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

    static final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());

    @RegisterExtension
    static final RunningInterchange server = DepositFixture.interchange(clock, network);

    static final DepositFixture deposits = new DepositFixture(server, network, clock);

    @BeforeAll
    static void bound() {
        deposits.bound();
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
    void eachBilledMoToAPremiumShortCodeCreditsItsSenderAlsoTwoWithTheSameText() {
        String phone = "+4915112345679";
        network.addPhone(phone, "northwind");
        long shareBefore = deposits.systemBalance("carrier-share/northwind");

        network.phone(phone).sendMo("88499", "DEPOSIT");
        network.phone(phone).sendMo("88499", "DEPOSIT");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(deposits.wallet(phone))
                        .as(
                                "bill %s inbox %s",
                                network.phone(phone).bill(),
                                network.phone(phone).inbox())
                        .isEqualTo(998));
        List<Charge> lines = network.phone(phone).bill().stream()
                .filter(c -> c.kind() == ChargeKind.PREMIUM_MO)
                .toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.stream().mapToLong(Charge::amountMinor).sum()).isEqualTo(deposits.wallet(phone));
        // northwind keeps its default 30 % (no price point terms): 149.7 rounded half up, per MO.
        assertThat(deposits.systemBalance("carrier-share/northwind") - shareBefore)
                .isEqualTo(-300);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> deposits.wallet(phone) == 998);
    }

    @Test
    void anMoToAnOrdinaryNumberBillsAndCreditsNothing() {
        String phone = "+4915112345678";
        network.addPhone(phone, "northwind");

        network.phone(phone).sendMo("84444", "hello");

        assertThat(network.phone(phone).bill()).isEmpty();
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> deposits.wallet(phone) == 0);
    }
}
