package io.relaypay.interchange.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.funding.Deposit;
import io.relaypay.interchange.funding.DepositStatus;
import io.relaypay.interchange.funding.FundingKind;
import io.relaypay.interchange.funding.PhoneBillRefund;
import io.relaypay.interchange.persistence.InterchangeSchema;
import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.interchange.settlement.RemittanceStore;
import io.relaypay.interchange.settlement.internal.JdbcRemittanceStore;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Supplier;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deposits on the embedded H2 the demo runs on (the deposit ITs cover PostgreSQL). */
class DepositTablesOnH2Test {

    // Nanoseconds on purpose: the store keeps microseconds, and its compare-and-set must still match.
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00.123456789Z");
    JdbcDepositStore store;
    JdbcClient jdbc;
    JdbcDataSource h2;

    @BeforeEach
    void database() {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:deposits" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        InterchangeSchema.migrate(h2);
        jdbc = JdbcClient.create(h2);
        jdbc.sql(
                        "INSERT INTO users (id, phone_number, pin_failures, created_at) VALUES ('usr_1', '+4915112345671', 0, ?)")
                .param(SqlTime.of(NOW))
                .update();
        store = new JdbcDepositStore(h2);
    }

    static Deposit deposit(String id) {
        return new Deposit(
                id,
                "usr_1",
                FundingKind.CARD,
                Optional.of("la_1"),
                "card ...4242",
                1_000,
                "EUR",
                false,
                DepositStatus.REQUIRES_CONFIRMATION,
                Deposit.ConfirmBy.SMS_CODE,
                Optional.of("hash"),
                0,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                NOW,
                NOW);
    }

    @Test
    void depositReadsBackAsStored() {
        store.insert(deposit("dep_1"));

        Deposit read = store.find("dep_1").orElseThrow();

        assertThat(read.status()).isEqualTo(DepositStatus.REQUIRES_CONFIRMATION);
        assertThat(read.linkedAccountId()).contains("la_1");
        assertThat(read.codeHash()).contains("hash");
        assertThat(read.chargeId()).isEmpty();
    }

    @Test
    void onlyTheFirstOfTwoMovesFromTheSameStateWins() {
        Deposit stored = deposit("dep_2");
        store.insert(stored);
        Instant later = NOW.plusSeconds(1);

        boolean first =
                store.replace(stored.with(DepositStatus.PROCESSING, later), stored.status(), stored.updatedAt());
        boolean second = store.replace(stored.with(DepositStatus.EXPIRED, later), stored.status(), stored.updatedAt());

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(store.find("dep_2").orElseThrow().status()).isEqualTo(DepositStatus.PROCESSING);
    }

    @Test
    void staleFindsWaitingDepositsOlderThanTheCutOff() {
        store.insert(deposit("dep_3"));

        assertThat(store.stale(EnumSet.of(DepositStatus.REQUIRES_CONFIRMATION), NOW.plus(Duration.ofMinutes(1)), 10))
                .extracting(Deposit::id)
                .containsExactly("dep_3");
        assertThat(store.stale(EnumSet.of(DepositStatus.REQUIRES_CONFIRMATION), NOW, 10))
                .isEmpty();
        assertThat(store.stale(EnumSet.of(DepositStatus.PENDING), NOW.plus(Duration.ofMinutes(1)), 10))
                .isEmpty();
    }

    @Test
    void aPhoneBillDepositIsOwedByItsCarrierOnceCreditedUnderItsChargeIdNetOfTheShareBooked() {
        Deposit deposit = deposit("dep_4");
        store.insert(new Deposit(
                        deposit.id(),
                        deposit.userId(),
                        FundingKind.OPERATOR_BILLING,
                        Optional.empty(),
                        "phone bill ...5671",
                        deposit.amount(),
                        deposit.currency(),
                        deposit.livemode(),
                        DepositStatus.SUCCEEDED,
                        deposit.confirmBy(),
                        Optional.empty(),
                        0,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        0,
                        NOW,
                        NOW)
                .withCharge("billing-payment-4", Optional.empty()));
        JdbcRemittanceStore remittances = new JdbcRemittanceStore(jdbc, new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        });
        Instant later = NOW.plusSeconds(1);
        assertThat(remittances.owed("northwind", false, "EUR", later))
                .as("not credited yet")
                .isEmpty();

        store.recordCarrierCharge("dep_4", "northwind", 300, NOW);
        store.recordCarrierCharge("dep_4", "bluewave", 350, later);

        assertThat(remittances.owed("northwind", false, "EUR", later))
                .as("the first record stands")
                .containsExactly(new RemittanceStore.Owed("billing-payment-4", "dep_4", 700));
        assertThat(remittances.owed("northwind", false, "EUR", NOW.minusSeconds(1)))
                .as("credited after the period")
                .isEmpty();
        assertThat(remittances.owed("bluewave", false, "EUR", later)).isEmpty();
    }

    @Test
    void aRefundToThePhoneBillIsOwedBackUnderTheCarriersRefundIdOnce() {
        JdbcPhoneBillRefundStore refunds = new JdbcPhoneBillRefundStore(h2);
        JdbcRemittanceStore remittances = new JdbcRemittanceStore(jdbc, new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        });

        refunds.record(new PhoneBillRefund("re_1", "cbr_1", "northwind", 400, 120, "EUR", false, NOW));
        refunds.record(new PhoneBillRefund("re_1", "cbr_2", "bluewave", 500, 150, "EUR", false, NOW));

        assertThat(remittances.owed("northwind", false, "EUR", NOW.plusSeconds(1)))
                .as("the first record stands, owed back net of the share given back")
                .containsExactly(new RemittanceStore.Owed("cbr_1", "re_1", -280));
        assertThat(remittances.owed("northwind", false, "EUR", NOW))
                .as("refunded at the period's end")
                .isEmpty();
        assertThat(remittances.owed("bluewave", false, "EUR", NOW.plusSeconds(1)))
                .isEmpty();
    }
}
