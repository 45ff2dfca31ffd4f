package io.relaypay.interchange.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.Charge;
import io.relaypay.simulator.ChargeKind;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deposits by premium MO over the real simulator and PostgreSQL: each MO a carrier billed at one of
 * its premium short codes credits its sender, with the carrier's share booked; an ordinary MO and
 * an MO the carrier refused to bill move nothing; an MO the SMSC delivers twice (our answer lost,
 * or our sink failed after storing it) is credited once. The phone's bill equals what was credited,
 * to the cent on the wallet and the carrier's receivable and share accounts.
 */
class PremiumMoIT {

    @RegisterExtension
    static final PremiumTestBed bed = new PremiumTestBed();

    static final TestClock clock = bed.clock;
    static final CarrierNetwork network = bed.network;
    static final RunningInterchange server = bed.server;
    static final DepositFixture deposits = bed.deposits;

    /** What one 4.99 MO to 88499 moves: northwind keeps 30 % of 4.99, 149.7 rounded half up. */
    static final long PRICE = 499;

    static final long SHARE = 150;

    static final AtomicInteger PHONES = new AtomicInteger();

    @AfterEach
    void ledgerBalances() {
        network.smsc("smsc-north").loseNextMoAcks(0);
        network.smsc("smsc-hub").loseNextMoAcks(0);
        JdbcClient.create(server.bean(DataSource.class))
                .sql("DROP TRIGGER IF EXISTS handled_replies_fault ON handled_replies")
                .update();
    }

    static String newPhone(boolean premiumBarred) {
        String phone = "+49151123460" + String.format("%02d", PHONES.incrementAndGet());
        network.addPhone(phone, "northwind", premiumBarred);
        return phone;
    }

    /** The wallet, the carrier's receivable and its share, as the ledger shows them (debits negative). */
    record Books(long wallet, long receivable, long share) {}

    Books books(String phone) {
        return new Books(
                deposits.wallet(phone),
                deposits.systemBalance("carrier-receivable/northwind"),
                deposits.systemBalance("carrier-share/northwind"));
    }

    static List<Charge> premiumLines(String phone) {
        return network.phone(phone).bill().stream()
                .filter(c -> c.kind() == ChargeKind.PREMIUM_MO)
                .toList();
    }

    /** Waits until the wallet shows {@code credited}, then checks it stays so and what moved, to the cent. */
    void creditedOnce(String phone, Books before) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(deposits.wallet(phone))
                        .as("bill %s", network.phone(phone).bill())
                        .isEqualTo(PRICE));
        // The redelivery, if any, has been handled once nothing is queued at either SMSC any more.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> network.smsc("smsc-north").queuedDeliveries() == 0
                        && network.smsc("smsc-hub").queuedDeliveries() == 0);
        await().during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(5))
                .until(() -> deposits.wallet(phone) == PRICE);
        Books after = books(phone);
        assertThat(premiumLines(phone))
                .singleElement()
                .satisfies(c -> assertThat(c.amountMinor()).isEqualTo(PRICE));
        assertThat(after.wallet() - before.wallet()).isEqualTo(PRICE);
        // carrier-charge debits the receivable the gross, carrier-share credits it back the share.
        assertThat(after.receivable() - before.receivable()).isEqualTo(-PRICE + SHARE);
        assertThat(after.share() - before.share()).isEqualTo(-SHARE);
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
    void premiumMoFromAPremiumBarredPhoneIsNotBilledAndCreditsNothing() {
        String phone = newPhone(true);
        Books before = books(phone);

        network.phone(phone).sendMo("88499", "DEPOSIT");

        assertThat(network.phone(phone).bill()).isEmpty();
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> deposits.wallet(phone) == 0);
        assertThat(books(phone)).isEqualTo(before);
    }

    @Test
    void premiumMoDeliveredAgainBecauseOurAnswerWasLostIsCreditedOnce() {
        String phone = newPhone(false);
        Books before = books(phone);
        network.smsc("smsc-north").loseNextMoAcks(1);
        network.smsc("smsc-hub").loseNextMoAcks(1);

        network.phone(phone).sendMo("88499", "DEPOSIT");

        creditedOnce(phone, before);
    }

    @Test
    void premiumMoRedeliveredAfterOurSinkFailedOnceIsCreditedOnce() {
        // The sink stores the charge, then fails to remember the MO as handled (the next insert
        // into handled_replies fails, once): the SMSC is answered ESME_RX_T_APPN and delivers the
        // same MO again, which finds the charge by the carrier's reference.
        failNextHandledReply();
        String phone = newPhone(false);
        Books before = books(phone);

        network.phone(phone).sendMo("88499", "DEPOSIT");

        creditedOnce(phone, before);
        assertThat(JdbcClient.create(server.bean(DataSource.class))
                        .sql("SELECT last_value FROM handled_replies_fault")
                        .query(Long.class)
                        .single())
                .as("two inserts: the one that failed and the redelivery's")
                .isEqualTo(2);
    }

    /** Makes the next insert into {@code handled_replies} fail, in PostgreSQL itself (a sequence survives the rollback). */
    static void failNextHandledReply() {
        JdbcClient jdbc = JdbcClient.create(server.bean(DataSource.class));
        jdbc.sql("DROP SEQUENCE IF EXISTS handled_replies_fault").update();
        jdbc.sql("CREATE SEQUENCE handled_replies_fault").update();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION handled_replies_fault() RETURNS trigger AS $$
                BEGIN
                    IF nextval('handled_replies_fault') = 1 THEN
                        RAISE EXCEPTION 'injected fault: handled_replies not writable';
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""").update();
        jdbc.sql("""
                CREATE TRIGGER handled_replies_fault BEFORE INSERT ON handled_replies
                FOR EACH ROW EXECUTE FUNCTION handled_replies_fault()""").update();
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
