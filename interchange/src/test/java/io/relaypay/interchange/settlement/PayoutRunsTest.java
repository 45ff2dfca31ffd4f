package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.funds.BookAccount;
import io.relaypay.interchange.funds.Entry;
import io.relaypay.interchange.funds.LedgerAccountStore;
import io.relaypay.interchange.funds.LedgerAccounts;
import io.relaypay.interchange.funds.LedgerIds;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.CreateTransferResult;
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
import org.junit.jupiter.api.Test;

/**
 * {@link PayoutRuns} alone, on the in-memory ledger: the failure and crash paths an IT cannot reach
 * on purpose (a refund between the amount and the transfer, a crash between the transfer and the mark).
 */
class PayoutRunsTest {

    static final String MERCHANT = "mer_1";

    final TestClock clock = new TestClock(Instant.parse("2026-11-02T10:00:00Z"));
    final InMemoryLedger ledger = new InMemoryLedger(clock);
    final LedgerAccounts accounts = new LedgerAccounts(ledger, new RowsInMemory());
    final MemoryPayouts store = new MemoryPayouts();
    final List<String> events = new ArrayList<>();
    final PayoutRuns runs = new PayoutRuns(
            store,
            ledger,
            accounts,
            new LedgerMovements(ledger),
            (merchant, live, type, object) -> {
                events.add(type);
                return "evt_" + events.size();
            },
            new io.relaypay.interchange.common.Transactions() {
                @Override
                public <T> T inTransaction(java.util.function.Supplier<T> work) {
                    return work.get();
                }
            },
            new Ids(clock),
            clock);

    final Period period = new Period(clock.instant(), clock.instant().plus(Duration.ofHours(1)));

    AccountId balance() {
        return accounts.open(new BookAccount.MerchantBalance(MERCHANT), "EUR", false);
    }

    void move(String id, BookAccount from, BookAccount to, long amount, Entry entry) {
        CreateTransferResult result = ledger.createTransfer(Transfer.builder(LedgerIds.transfer(id, "test"))
                .debit(accounts.open(from, "EUR", false))
                .credit(accounts.open(to, "EUR", false))
                .amount(amount)
                .currency("EUR")
                .code(entry.code())
                .build());
        assertThat(result.isSuccess()).isTrue();
    }

    Payout pendingPayout(long amount) {
        Instant now = clock.instant();
        return store.insertIfAbsent(new Payout(
                "po_stuck",
                MERCHANT,
                false,
                "EUR",
                period,
                amount,
                "DE00",
                PayoutStatus.PENDING,
                Optional.empty(),
                now,
                now));
    }

    @Test
    void runPaysOnceAndAnnouncesItOnce() {
        move("pay_1", new BookAccount.External(), new BookAccount.MerchantBalance(MERCHANT), 1_000, Entry.PAYMENT);
        clock.advance(Duration.ofHours(2));

        Payout first = runs.run(period).payouts().getFirst();
        Payout again = runs.run(period).payouts().getFirst();

        assertThat(first.status()).isEqualTo(PayoutStatus.PAID);
        assertThat(first.amount()).isEqualTo(1_000);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(ledger.balance(balance()).orElseThrow().net()).isZero();
        assertThat(events).containsExactly("payout.paid");
    }

    @Test
    void payoutWhoseMoneyARefundTookFirstFailsAndMovesNothing() {
        move("pay_1", new BookAccount.External(), new BookAccount.MerchantBalance(MERCHANT), 1_000, Entry.PAYMENT);
        pendingPayout(1_000);
        move("re_1", new BookAccount.MerchantBalance(MERCHANT), new BookAccount.External(), 600, Entry.REFUND);
        clock.advance(Duration.ofHours(2));

        runs.finishStuck(clock.instant(), 10);

        Payout failed = store.find("po_stuck", MERCHANT, false).orElseThrow();
        assertThat(failed.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(failed.failureReason()).contains("insufficient_balance");
        assertThat(ledger.balance(balance()).orElseThrow().net()).isEqualTo(400);
        assertThat(events).isEmpty();
    }

    @Test
    void payoutBookedBeforeACrashIsMarkedPaidWithoutPayingAgain() {
        move("pay_1", new BookAccount.External(), new BookAccount.MerchantBalance(MERCHANT), 1_000, Entry.PAYMENT);
        Payout stuck = pendingPayout(700);
        ledger.createTransfer(Transfer.builder(PayoutRuns.transferId(stuck.id()))
                .debit(balance())
                .credit(accounts.open(new BookAccount.MerchantPayout(MERCHANT), "EUR", false))
                .amount(700)
                .currency("EUR")
                .code(Entry.PAYOUT.code())
                .build());
        clock.advance(Duration.ofHours(2));

        runs.finishStuck(clock.instant(), 10);

        assertThat(store.find("po_stuck", MERCHANT, false).orElseThrow().status())
                .isEqualTo(PayoutStatus.PAID);
        assertThat(ledger.balance(balance()).orElseThrow().net()).isEqualTo(300);
        assertThat(events).containsExactly("payout.paid");
    }

    /** The ledger account index in memory. */
    static final class RowsInMemory implements LedgerAccountStore {
        private final Map<AccountId, Row> rows = new LinkedHashMap<>();

        @Override
        public synchronized void remember(Row row) {
            rows.putIfAbsent(row.accountId(), row);
        }

        @Override
        public synchronized List<Row> ownedBy(String owner) {
            return rows.values().stream().filter(r -> r.owner().equals(owner)).toList();
        }

        @Override
        public synchronized Optional<Row> byAccountId(AccountId accountId) {
            return Optional.ofNullable(rows.get(accountId));
        }
    }

    /** Payouts in memory, one merchant balance in EUR test mode. */
    static final class MemoryPayouts implements PayoutStore {
        private final Map<String, Payout> payouts = new LinkedHashMap<>();

        @Override
        public List<MerchantAccount> merchantAccounts() {
            return List.of(new MerchantAccount(MERCHANT, "EUR", false));
        }

        @Override
        public Optional<String> payoutAccount(String merchantId) {
            return Optional.of("DE0012345678");
        }

        @Override
        public boolean setPayoutAccount(String merchantId, String account) {
            return true;
        }

        @Override
        public synchronized Optional<Payout> find(String merchantId, boolean livemode, String currency, Period period) {
            return payouts.values().stream()
                    .filter(p -> p.merchantId().equals(merchantId) && p.period().equals(period))
                    .findFirst();
        }

        @Override
        public synchronized Optional<Payout> find(String id, String merchantId, boolean livemode) {
            return Optional.ofNullable(payouts.get(id));
        }

        @Override
        public synchronized Payout insertIfAbsent(Payout payout) {
            return find(payout.merchantId(), payout.livemode(), payout.currency(), payout.period())
                    .orElseGet(() -> {
                        payouts.put(payout.id(), payout);
                        return payout;
                    });
        }

        @Override
        public synchronized boolean finish(String id, PayoutStatus status, Optional<String> reason, Instant now) {
            Payout p = payouts.get(id);
            if (p == null || p.status().terminal()) {
                return false;
            }
            payouts.put(
                    id,
                    new Payout(
                            p.id(),
                            p.merchantId(),
                            p.livemode(),
                            p.currency(),
                            p.period(),
                            p.amount(),
                            p.destination(),
                            status,
                            reason,
                            p.createdAt(),
                            now));
            return true;
        }

        @Override
        public synchronized List<Payout> ofMerchant(String merchantId, boolean livemode, int limit) {
            return List.copyOf(payouts.values());
        }

        @Override
        public synchronized List<Payout> stuck(Instant before, int limit) {
            return payouts.values().stream()
                    .filter(p ->
                            p.status() == PayoutStatus.PENDING && p.updatedAt().isBefore(before))
                    .toList();
        }
    }
}
