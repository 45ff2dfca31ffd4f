package io.relaypay.bench;

import io.relaypay.ledger.domain.Account;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.AccountKind;
import io.relaypay.ledger.domain.CreateAccountResult;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.domain.Money;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark workload: a set of unconstrained EUR accounts and batches of single-phase
 * transfers between two distinct accounts picked at random. Unconstrained accounts need no funding
 * and never refuse a transfer, so every transfer is expected to be {@code OK}.
 */
public final class RandomTransfers {

    /** The transfer code every benchmark transfer carries. */
    public static final int CODE = 1;

    private static final int ACCOUNTS_PER_BATCH = 1_000;

    private final List<AccountId> accounts;

    private RandomTransfers(List<AccountId> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    /** Creates {@code count} accounts (at least 2) in {@code ledger}; fails unless each one is created. */
    public static RandomTransfers createAccounts(Ledger ledger, int count) {
        List<Account> all = accounts(count);
        for (int from = 0; from < all.size(); from += ACCOUNTS_PER_BATCH) {
            List<Account> batch = all.subList(from, Math.min(all.size(), from + ACCOUNTS_PER_BATCH));
            List<CreateAccountResult> results = ledger.createAccounts(batch);
            for (CreateAccountResult result : results) {
                if (result != CreateAccountResult.OK) {
                    throw new IllegalStateException("creating a benchmark account returned " + result);
                }
            }
        }
        return new RandomTransfers(all.stream().map(Account::id).toList());
    }

    /** {@code count} (at least 2) new unconstrained EUR accounts, not yet in any ledger. */
    public static List<Account> accounts(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("need at least 2 accounts, not " + count);
        }
        List<Account> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            all.add(Account.of(AccountId.timeOrdered(), AccountKind.USER, "EUR"));
        }
        return all;
    }

    /** A workload over accounts that already exist. */
    public static RandomTransfers over(List<AccountId> accounts) {
        return new RandomTransfers(accounts);
    }

    /** A batch of {@code size} new transfers, each between two distinct random accounts. */
    public List<Transfer> batch(SplittableRandom random, int size) {
        List<Transfer> batch = new ArrayList<>(size);
        int n = accounts.size();
        for (int i = 0; i < size; i++) {
            int debit = random.nextInt(n);
            int credit = random.nextInt(n - 1);
            if (credit >= debit) {
                credit++;
            }
            batch.add(Transfer.builder(TransferId.timeOrdered())
                    .debit(accounts.get(debit))
                    .credit(accounts.get(credit))
                    .amount(Money.of(1 + random.nextInt(10_000), "EUR"))
                    .code(CODE)
                    .build());
        }
        return batch;
    }
}
