package io.relaypay.ledger.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.ledger.audit.BooksAudit;
import io.relaypay.ledger.domain.Account;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.AccountKind;
import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.domain.Money;
import io.relaypay.ledger.domain.PendingState;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferId;
import io.relaypay.ledger.store.JdbcLedger;
import io.relaypay.ledger.store.LedgerSchema;
import io.relaypay.testkit.PostgresSchema;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Four janitors, as on four interchange nodes, race to release the same expired holds on the real
 * PostgreSQL while clients keep posting some of them. Each hold ends in exactly one final state and
 * the janitors' counts add up to the holds that expired.
 */
class ConcurrentJanitorsIT {

    private static final int HOLDS = 2_000;
    private static final int JANITORS = 4;

    @RegisterExtension
    static final PostgresSchema db = new PostgresSchema(JANITORS + 2);

    @Test
    void everyExpiredHoldIsReleasedExactlyOnce() throws Exception {
        LedgerSchema.migrate(db.dataSource());
        TestClock clock = TestClock.standing();
        JdbcLedger ledger = new JdbcLedger(db.dataSource(), clock);
        AccountId buyer = AccountId.timeOrdered();
        AccountId merchant = AccountId.timeOrdered();
        ledger.createAccounts(
                List.of(Account.of(buyer, AccountKind.USER, "EUR"), Account.of(merchant, AccountKind.MERCHANT, "EUR")));
        List<Transfer> holds = new ArrayList<>();
        for (int i = 0; i < HOLDS; i++) {
            holds.add(Transfer.builder(TransferId.timeOrdered())
                    .debit(buyer)
                    .credit(merchant)
                    .amount(Money.of(1 + i % 50, "EUR"))
                    .pending(60)
                    .build());
        }
        for (int i = 0; i < HOLDS; i += 500) {
            assertThat(ledger.createTransfers(holds.subList(i, i + 500))).containsOnly(CreateTransferResult.OK);
        }
        clock.advance(Duration.ofSeconds(30));
        // Every fourth hold is posted before it expires.
        List<Transfer> posts = new ArrayList<>();
        for (int i = 0; i < HOLDS; i += 4) {
            posts.add(Transfer.builder(TransferId.timeOrdered())
                    .post(holds.get(i).id())
                    .currency("EUR")
                    .amount(Transfer.FULL_AMOUNT)
                    .build());
        }
        assertThat(ledger.createTransfers(posts)).containsOnly(CreateTransferResult.OK);
        clock.advance(Duration.ofSeconds(31));

        int released = 0;
        try (ExecutorService nodes = Executors.newFixedThreadPool(JANITORS)) {
            List<Callable<Integer>> janitors = new ArrayList<>();
            for (int j = 0; j < JANITORS; j++) {
                janitors.add(() -> new PendingTransferJanitor(ledger, clock, 50).runOnce());
            }
            for (Future<Integer> result : nodes.invokeAll(janitors)) {
                released += result.get();
            }
        }

        assertThat(released).isEqualTo(HOLDS - posts.size());
        for (int i = 0; i < HOLDS; i++) {
            PendingState expected = i % 4 == 0 ? PendingState.POSTED : PendingState.EXPIRED;
            assertThat(ledger.transfer(holds.get(i).id()).orElseThrow().state()).isEqualTo(expected);
        }
        assertThat(ledger.balance(buyer).orElseThrow().debitsPending()).isZero();
        assertThat(ledger.expirePendingTransfers(clock.instant(), 1_000)).isZero();
        BooksAudit.assertSound(db.dataSource());
    }
}
