package io.relaypay.ledger.crash;

import io.relaypay.ledger.domain.Account;
import io.relaypay.ledger.domain.AccountFlag;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.AccountKind;
import io.relaypay.ledger.domain.Money;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The deterministic workload of the crash test: batch {@code n} is the same on every run, so the
 * worker can resubmit the batch it was killed in, and the test can regenerate every batch to check
 * that each linked chain is stored whole or not at all.
 */
final class CrashWorkload {

    static final int ACCOUNTS = 20;

    private final long seed;
    private final List<AccountId> accounts = new ArrayList<>();
    private final AccountId source;

    CrashWorkload(long seed) {
        this.seed = seed;
        Random random = new Random(seed);
        this.source = new AccountId(new UUID(random.nextLong(), random.nextLong()));
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.add(new AccountId(new UUID(random.nextLong(), random.nextLong())));
        }
    }

    List<Account> accounts() {
        List<Account> all = new ArrayList<>();
        all.add(Account.of(source, AccountKind.EXTERNAL, "EUR"));
        for (int i = 0; i < ACCOUNTS; i++) {
            Account account = Account.of(accounts.get(i), AccountKind.USER, "EUR");
            all.add(i % 2 == 0 ? account.withFlags(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS) : account);
        }
        return all;
    }

    /**
     * Batch {@code n}: a deposit linked to a payment out of the deposited funds (a chain that only
     * makes sense whole), a hold, and the post or void of the previous batch's hold.
     */
    List<Transfer> batch(int n) {
        Random random = new Random(seed * 1_000_003L + n);
        List<Transfer> batch = new ArrayList<>();
        for (int chain = 0; chain < 10; chain++) {
            AccountId user = accounts.get(2 * random.nextInt(ACCOUNTS / 2));
            AccountId other = accounts.get(1 + 2 * random.nextInt(ACCOUNTS / 2));
            long amount = 1 + random.nextInt(500);
            batch.add(builder(random)
                    .debit(source)
                    .credit(user)
                    .amount(Money.of(amount, "EUR"))
                    .linked()
                    .build());
            batch.add(builder(random)
                    .debit(user)
                    .credit(other)
                    .amount(Money.of(amount, "EUR"))
                    .build());
        }
        AccountId holder = accounts.get(1 + 2 * random.nextInt(ACCOUNTS / 2));
        batch.add(Transfer.builder(holdOf(n))
                .code(1)
                .debit(holder)
                .credit(source)
                .amount(Money.of(1 + random.nextInt(100), "EUR"))
                .pending(0)
                .build());
        if (n > 0) {
            TransferId previousHold = holdOf(n - 1);
            Transfer.Builder resolve = builder(random).currency("EUR");
            batch.add(
                    random.nextBoolean()
                            ? resolve.post(previousHold)
                                    .amount(Transfer.FULL_AMOUNT)
                                    .build()
                            : resolve.voiding(previousHold).build());
        }
        return batch;
    }

    /** The hold of batch {@code n}, derived directly so no batch has to regenerate its predecessors. */
    private TransferId holdOf(int n) {
        return new TransferId(new UUID(seed, n + 1L));
    }

    private static Transfer.Builder builder(Random random) {
        return Transfer.builder(new TransferId(new UUID(random.nextLong(), random.nextLong())))
                .code(1);
    }
}
