package io.relaypay.interchange.deposits;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.deposits.internal.JdbcDepositStore;
import io.relaypay.interchange.deposits.internal.JdbcPremiumMoStore;
import io.relaypay.interchange.persistence.InterchangeSchema;
import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.interchange.settlement.RemittanceStore;
import io.relaypay.interchange.settlement.internal.JdbcRemittanceStore;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deposits and premium MOs on the embedded H2 the demo runs on, and what remittances match them
 * against (the ITs cover PostgreSQL).
 */
class DepositTablesOnH2Test {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    JdbcClient jdbc;
    JdbcDepositStore store;

    @BeforeEach
    void database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:deposits" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        InterchangeSchema.migrate(h2);
        jdbc = JdbcClient.create(h2);
        jdbc.sql(
                        "INSERT INTO users (id, phone_number, pin_failures, created_at) VALUES ('usr_1', '+4915112345671', 0, ?)")
                .param(SqlTime.of(NOW))
                .update();
        store = new JdbcDepositStore(jdbc, new Ids(new TestClock(NOW)));
    }

    static Deposit deposit(String id, DepositStatus status) {
        return new Deposit(
                id,
                "usr_1",
                "+4915112345671",
                "northwind",
                DepositSource.API,
                false,
                1000,
                "EUR",
                998,
                0,
                status,
                Optional.of("a".repeat(64)),
                Optional.of("b".repeat(64)),
                0,
                NOW.plus(Duration.ofMinutes(15)),
                Optional.empty(),
                NOW,
                NOW);
    }

    static PlanItem item(String depositId, int seq, int day, ItemState state, Optional<Instant> due) {
        return new PlanItem(
                PlanItem.idOf(depositId, seq),
                depositId,
                seq,
                day,
                499,
                state,
                due,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                NOW);
    }

    @Test
    void aDepositAndItsPlanReadBackAsStoredAndItsKeyIsTakenOnce() {
        Deposit d = deposit("dep_1", DepositStatus.REQUIRES_CONFIRMATION);
        List<PlanItem> items = List.of(
                item("dep_1", 0, 0, ItemState.QUEUED, Optional.empty()),
                item("dep_1", 1, 1, ItemState.QUEUED, Optional.empty()));

        assertThat(store.insert(d, items, Optional.of("key-1"), "h".repeat(64))).isTrue();
        assertThat(store.find("dep_1")).contains(d);
        assertThat(store.items("dep_1")).isEqualTo(items);
        assertThat(store.byIdempotencyKey("key-1"))
                .map(DepositStore.Keyed::requestHash)
                .contains("h".repeat(64));
        assertThat(store.awaitingConfirmation("+4915112345671", NOW)).containsExactly(d);
        assertThat(store.confirmationsExpired(NOW.plus(Duration.ofHours(1)), 10))
                .containsExactly("dep_1");
    }

    @Test
    void dueItemsAreThoseOfInProgressDepositsWhoseTimeHasComeAndSettledDepositsAreFound() {
        store.insert(deposit("dep_2", DepositStatus.IN_PROGRESS), List.of(), Optional.empty(), "h".repeat(64));
        PlanItem today = item("dep_3", 0, 0, ItemState.QUEUED, Optional.of(NOW));
        PlanItem tomorrow = item("dep_3", 1, 1, ItemState.QUEUED, Optional.of(NOW.plus(Duration.ofDays(1))));
        store.insert(
                deposit("dep_3", DepositStatus.IN_PROGRESS),
                List.of(today, tomorrow),
                Optional.empty(),
                "h".repeat(64));

        assertThat(store.dueItems(NOW, 10)).extracting(PlanItem::seq).containsExactly(0);
        assertThat(store.settledInProgress(10)).containsExactly("dep_2");

        PlanItem sent = item("dep_3", 0, 0, ItemState.SENT, Optional.of(NOW));
        assertThat(store.updateItem(sent, ItemState.QUEUED)).isTrue();
        assertThat(store.updateItem(sent, ItemState.QUEUED))
                .as("compare-and-set")
                .isFalse();
        assertThat(store.sentItems(10)).extracting(PlanItem::id).containsExactly("dep_3.0");
        store.addBilled("dep_3", 499, NOW);
        assertThat(store.find("dep_3").orElseThrow().billed()).isEqualTo(499);
        store.itemCredited("dep_3.0", Optional.of("8010"), 175, 49);
        assertThat(store.bonus("dep_3")).as("only billed items count").isZero();
        store.updateItem(item("dep_3", 0, 0, ItemState.BILLED, Optional.of(NOW)), ItemState.SENT);
        assertThat(store.bonus("dep_3")).isEqualTo(49);
        store.event("dep_3", "charge_billed", Optional.of("dep_3.0"), NOW);
        assertThat(store.events("dep_3")).extracting(DepositStore.Event::type).containsExactly("charge_billed");
    }

    @Test
    void aPhoneHasAnOpenDepositUntilItSettlesAndItsBilledMessagesCountForTheMonth() {
        store.insert(
                deposit("dep_4", DepositStatus.IN_PROGRESS),
                List.of(
                        item("dep_4", 0, 0, ItemState.QUEUED, Optional.of(NOW)),
                        item("dep_4", 1, 1, ItemState.QUEUED, Optional.of(NOW.plus(Duration.ofDays(1))))),
                Optional.empty(),
                "h".repeat(64));
        store.updateItem(item("dep_4", 0, 0, ItemState.BILLED, Optional.of(NOW)), ItemState.QUEUED);
        store.updateItem(
                item("dep_4", 1, 1, ItemState.UNKNOWN, Optional.of(NOW.plus(Duration.ofDays(1)))), ItemState.QUEUED);

        assertThat(store.hasOpen("+4915112345671", NOW)).isTrue();
        assertThat(store.billedSince("+4915112345671", NOW)).isEqualTo(new DepositStore.Billed(2, 998));
        assertThat(store.billedSince("+4915112345671", NOW.plus(Duration.ofHours(1))))
                .isEqualTo(new DepositStore.Billed(1, 499));
        store.update(deposit("dep_4", DepositStatus.SUCCEEDED), DepositStatus.IN_PROGRESS);
        assertThat(store.hasOpen("+4915112345671", NOW)).isFalse();
    }

    @Test
    void premiumMoChargesWaitUntilCredited() {
        JdbcPremiumMoStore mos = new JdbcPremiumMoStore(jdbc);
        PremiumMoCharge charge = new PremiumMoCharge(
                "pmo_1",
                "usr_1",
                "+4915112345671",
                "northwind",
                "88499",
                499,
                "EUR",
                false,
                Optional.empty(),
                "smsc-north",
                NOW,
                Optional.of("8011"));
        mos.insert(charge);

        assertThat(mos.pending(10)).containsExactly(charge);
        mos.credited("pmo_1", 150, 0, NOW);
        assertThat(mos.pending(10)).isEmpty();
        assertThat(mos.ofPhone("+4915112345671"))
                .singleElement()
                .extracting(PremiumMoCharge::credited)
                .isEqualTo(Optional.of(NOW));
    }

    @Test
    void billedPremiumChargesAreOwedByTheCarrierUnderTheirReferenceNetOfTheShare() {
        store.insert(
                deposit("dep_5", DepositStatus.IN_PROGRESS),
                List.of(
                        item("dep_5", 0, 0, ItemState.SENT, Optional.of(NOW)),
                        item("dep_5", 1, 0, ItemState.SENT, Optional.of(NOW))),
                Optional.empty(),
                "h".repeat(64));
        store.updateItem(item("dep_5", 0, 0, ItemState.BILLED, Optional.of(NOW)), ItemState.SENT);
        store.itemCredited("dep_5.0", Optional.of("8010"), 150, 0);
        store.updateItem(item("dep_5", 1, 0, ItemState.BILLED, Optional.of(NOW)), ItemState.SENT);
        store.itemCredited("dep_5.1", Optional.empty(), 150, 0);
        JdbcPremiumMoStore mos = new JdbcPremiumMoStore(jdbc);
        mos.insert(new PremiumMoCharge(
                "pmo_2",
                "usr_1",
                "+4915112345671",
                "northwind",
                "88499",
                499,
                "EUR",
                false,
                Optional.empty(),
                "smsc-north",
                NOW,
                Optional.of("8011")));
        mos.credited("pmo_2", 150, 0, NOW);
        JdbcRemittanceStore remittances = new JdbcRemittanceStore(jdbc, new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        });

        assertThat(remittances.owed("northwind", false, "EUR", NOW.plusSeconds(1)))
                .as("the item without a reference cannot be matched")
                .containsExactly(
                        new RemittanceStore.Owed("8010", "dep_5.0", 349),
                        new RemittanceStore.Owed("8011", "pmo_2", 349));
        assertThat(remittances.owed("northwind", false, "EUR", NOW)).isEmpty();
        assertThat(remittances.owed("bluewave", false, "EUR", NOW.plusSeconds(1)))
                .isEmpty();
    }
}
