package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.funds.BookAccount;
import io.relaypay.interchange.funds.Entry;
import io.relaypay.interchange.funds.LedgerAccounts;
import io.relaypay.interchange.funds.LedgerIds;
import io.relaypay.ledger.domain.InMemoryLedger;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Remittances} alone on the in-memory ledger: the match, and a booking a crash interrupted. */
class RemittancesTest {

    final TestClock clock = new TestClock(Instant.parse("2026-11-02T10:00:00Z"));
    final InMemoryLedger ledger = new InMemoryLedger(clock);
    final LedgerAccounts accounts = new LedgerAccounts(ledger, new PayoutRunsTest.RowsInMemory());
    final MemoryRemittances store = new MemoryRemittances();
    final Remittances remittances = new Remittances(
            store,
            (carrier, period) -> {
                throw new IllegalStateException("not fetched in this test");
            },
            ledger,
            accounts,
            new Ids(clock),
            clock);
    final Period period = new Period(clock.instant().minus(Duration.ofDays(1)), clock.instant());

    @BeforeEach
    void carrierBilledThreeCharges() {
        // What operator billing booked: the receivable owes 2,200 − 660 = 1,540 for three charges.
        ledger.createTransfer(Transfer.builder(LedgerIds.transfer("charges", "test"))
                .debit(accounts.open(new BookAccount.CarrierReceivable("northwind"), "EUR", false))
                .credit(accounts.open(new BookAccount.External(), "EUR", false))
                .amount(2_200)
                .currency("EUR")
                .code(Entry.CARRIER_CHARGE.code())
                .build());
        ledger.createTransfer(Transfer.builder(LedgerIds.transfer("shares", "test"))
                .debit(accounts.open(new BookAccount.CarrierShare("northwind"), "EUR", false))
                .credit(accounts.open(new BookAccount.CarrierReceivable("northwind"), "EUR", false))
                .amount(660)
                .currency("EUR")
                .code(Entry.CARRIER_SHARE.code())
                .build());
        store.owed.add(new RemittanceStore.Owed("ch_1", "pay_1", 700));
        store.owed.add(new RemittanceStore.Owed("ch_2", "pay_2", 420));
        store.owed.add(new RemittanceStore.Owed("ch_3", "pay_3", 420));
    }

    long balance(BookAccount account) {
        return ledger.balance(accounts.idOf(account, "EUR", false))
                .map(b -> b.net())
                .orElse(0L);
    }

    Remittance remittance() {
        return new Remittance(
                "nw-1",
                "northwind",
                "EUR",
                period,
                List.of(
                        new Remittance.Line("ch_1", 700),
                        new Remittance.Line("ch_2", 450),
                        new Remittance.Line("ch_9", 125)));
    }

    @Test
    void eachLineIsMatchedMissingUnexpectedOrDiffering() {
        Reconciliation r = remittances.importRemittance(remittance(), false);

        Map<String, Reconciliation.Outcome> outcomes = new LinkedHashMap<>();
        r.lines().forEach(l -> outcomes.put(l.chargeId(), l.outcome()));
        assertThat(outcomes)
                .containsEntry("ch_1", Reconciliation.Outcome.MATCHED)
                .containsEntry("ch_2", Reconciliation.Outcome.AMOUNT_DIFFERS)
                .containsEntry("ch_3", Reconciliation.Outcome.MISSING)
                .containsEntry("ch_9", Reconciliation.Outcome.UNEXPECTED);
        assertThat(r.matched()).isEqualTo(1_120);
        assertThat(r.unmatched()).isEqualTo(155);
        assertThat(balance(new BookAccount.CarrierReceivable("northwind"))).isEqualTo(-(1_540 - 1_120));
        assertThat(balance(new BookAccount.Suspense())).isEqualTo(155);
        assertThat(balance(new BookAccount.SettlementBank())).isEqualTo(-1_275);
    }

    @Test
    void bookingACrashInterruptedIsFinishedOnceByTheJanitor() {
        store.failNextMark = true;
        assertThatThrownBy(() -> remittances.importRemittance(remittance(), false))
                .isInstanceOf(IllegalStateException.class);
        clock.advance(Duration.ofMinutes(10));

        int finished = remittances.bookStuck(clock.instant(), 10);
        Reconciliation again = remittances.importRemittance(remittance(), false);

        assertThat(finished).isEqualTo(1);
        assertThat(again.booked()).isTrue();
        assertThat(balance(new BookAccount.SettlementBank())).isEqualTo(-1_275);
        assertThat(balance(new BookAccount.Suspense())).isEqualTo(155);
    }

    @Test
    void refundsToTheBillOutweighingChargesAreTakenFromTheBankAgainstTheReceivable() {
        store.owed.clear();
        // A refund of 4.00 to the bill, 1.20 of it the carrier's share given back: owed back 2.80.
        store.owed.add(new RemittanceStore.Owed("cbr_1", "re_1", -280));

        Reconciliation r = remittances.importRemittance(
                new Remittance("nw-2", "northwind", "EUR", period, List.of(new Remittance.Line("cbr_1", -300))), false);

        assertThat(r.lines())
                .singleElement()
                .extracting(Reconciliation.Line::outcome)
                .isEqualTo(Reconciliation.Outcome.AMOUNT_DIFFERS);
        assertThat(r.matched()).isEqualTo(-280);
        assertThat(r.unmatched()).as("taken back beyond the refund").isEqualTo(-20);
        assertThat(balance(new BookAccount.CarrierReceivable("northwind"))).isEqualTo(-(1_540 + 280));
        assertThat(balance(new BookAccount.Suspense())).isEqualTo(-20);
        assertThat(balance(new BookAccount.SettlementBank())).isEqualTo(300);
    }

    /** Remittances in memory; what is owed is set by the test. */
    static final class MemoryRemittances implements RemittanceStore {
        final List<Owed> owed = new ArrayList<>();
        final Map<String, Reconciliation> byId = new LinkedHashMap<>();
        boolean failNextMark;

        @Override
        public List<Owed> owed(String carrier, boolean livemode, String currency, Instant until) {
            return List.copyOf(owed);
        }

        @Override
        public List<String> alreadyRemitted(String carrier, boolean livemode, List<String> chargeIds) {
            return List.of();
        }

        @Override
        public Optional<Reconciliation> find(String carrier, boolean livemode, String reference) {
            return byId.values().stream()
                    .filter(r -> r.remittance().reference().equals(reference))
                    .findFirst();
        }

        @Override
        public Optional<Reconciliation> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Reconciliation insertIfAbsent(Reconciliation r) {
            byId.putIfAbsent(r.id(), r);
            return byId.get(r.id());
        }

        @Override
        public void markBooked(String id) {
            if (failNextMark) {
                failNextMark = false;
                throw new IllegalStateException("crash before the mark");
            }
            Reconciliation r = byId.get(id);
            byId.put(
                    id,
                    new Reconciliation(
                            r.id(),
                            r.remittance(),
                            r.livemode(),
                            r.matched(),
                            r.unmatched(),
                            true,
                            r.lines(),
                            r.createdAt()));
        }

        @Override
        public List<Reconciliation> unbooked(Instant before, int limit) {
            return byId.values().stream()
                    .filter(r -> !r.booked() && r.createdAt().isBefore(before))
                    .toList();
        }
    }
}
