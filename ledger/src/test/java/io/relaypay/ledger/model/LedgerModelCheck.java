package io.relaypay.ledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.ledger.domain.Account;
import io.relaypay.ledger.domain.AccountFlag;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.AccountKind;
import io.relaypay.ledger.domain.AccountRecord;
import io.relaypay.ledger.domain.Balance;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferId;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Replays one generated history on a real ledger and on the {@link ReferenceLedger}, and after
 * every step checks that they agree and that the books balance.
 */
final class LedgerModelCheck {

    static final int ACCOUNT_IDS = 5;

    private final Ledger ledger;
    private final TestClock clock;
    private final ReferenceLedger model = new ReferenceLedger();
    // Fresh ids per history, so histories can share one database without seeing each other.
    private final Map<Integer, AccountId> accountIds = new HashMap<>();
    private final Map<Integer, TransferId> transferIds = new HashMap<>();
    private final List<Op.Submit> submitted = new ArrayList<>();

    LedgerModelCheck(Ledger ledger, TestClock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    void run(List<Op> history) {
        try {
            for (Op op : history) {
                step(op);
                assertBooksBalance(op);
            }
        } finally {
            // Release this history's holds so a later history's janitor run does not count them.
            clock.advance(Duration.ofDays(1));
            model.now += Duration.ofDays(1).toSeconds();
            assertThat(ledger.expirePendingTransfers(clock.instant(), 10_000)).isEqualTo(model.expire());
        }
    }

    private void step(Op op) {
        switch (op) {
            case Op.CreateAccount create -> {
                Account account = Account.of(account(create.id()), AccountKind.USER, create.currency());
                if (create.debitsCapped()) {
                    account = account.withFlags(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS);
                }
                assertThat(ledger.createAccount(account)).as("%s", op).isEqualTo(model.createAccount(create));
            }
            case Op.Submit submit -> submit(submit, op);
            case Op.Resubmit resubmit -> {
                if (!submitted.isEmpty()) {
                    submit(submitted.get(resubmit.index() % submitted.size()), op);
                }
            }
            case Op.AdvanceClock advance -> {
                clock.advance(Duration.ofSeconds(advance.seconds()));
                model.now += advance.seconds();
            }
            case Op.RunJanitor janitor ->
                assertThat(ledger.expirePendingTransfers(clock.instant(), 10_000))
                        .as("%s", op)
                        .isEqualTo(model.expire());
        }
    }

    private void submit(Op.Submit submit, Op op) {
        submitted.add(submit);
        List<Transfer> batch = submit.batch().stream().map(this::transfer).toList();
        assertThat(ledger.createTransfers(batch)).as("%s", op).isEqualTo(model.submit(submit.batch()));
    }

    private void assertBooksBalance(Op after) {
        List<AccountId> ids = new ArrayList<>();
        for (int i = 1; i <= ACCOUNT_IDS; i++) {
            ids.add(account(i));
        }
        Map<String, long[]> sums = new HashMap<>();
        for (AccountRecord record : ledger.accounts(ids)) {
            Balance b = record.balance();
            long[] sum = sums.computeIfAbsent(record.account().currency().getCurrencyCode(), c -> new long[2]);
            sum[0] += b.creditsPosted() - b.debitsPosted();
            sum[1] += b.creditsPending() - b.debitsPending();
            if (record.account().has(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS)) {
                assertThat(b.debitsPending() + b.debitsPosted())
                        .as("constrained account overdrawn after %s", after)
                        .isLessThanOrEqualTo(b.creditsPosted());
            }
            ReferenceLedger.Acct expected = model.accounts().get(number(record.id()));
            assertThat(b)
                    .as("balance after %s", after)
                    .isEqualTo(new Balance(
                            expected.debitsPending,
                            expected.debitsPosted,
                            expected.creditsPending,
                            expected.creditsPosted));
        }
        sums.forEach((currency, sum) -> {
            assertThat(sum[0])
                    .as("posted %s balances sum after %s", currency, after)
                    .isZero();
            assertThat(sum[1])
                    .as("pending %s balances sum after %s", currency, after)
                    .isZero();
        });
    }

    private Transfer transfer(Op.TransferSpec spec) {
        Transfer.Builder builder = Transfer.builder(transferId(spec.id())).currency(spec.currency());
        switch (spec.kind()) {
            case SINGLE ->
                builder.debit(account(spec.debit()))
                        .credit(account(spec.credit()))
                        .amount(spec.amount());
            case PENDING ->
                builder.debit(account(spec.debit()))
                        .credit(account(spec.credit()))
                        .amount(spec.amount())
                        .pending(spec.timeout());
            case POST -> builder.post(transferId(spec.pendingRef())).amount(spec.amount());
            case VOID -> builder.voiding(transferId(spec.pendingRef())).amount(spec.amount());
            case BAD_FLAGS ->
                builder.debit(account(spec.debit()))
                        .credit(account(spec.credit()))
                        .amount(spec.amount())
                        .pending(0)
                        .post(transferId(spec.pendingRef()));
        }
        if (spec.linked()) {
            builder.linked();
        }
        return builder.code(spec.kind() == Op.Kind.POST || spec.kind() == Op.Kind.VOID ? 0 : 1)
                .build();
    }

    private AccountId account(int n) {
        return accountIds.computeIfAbsent(n, k -> new AccountId(UUID.randomUUID()));
    }

    private TransferId transferId(int n) {
        return transferIds.computeIfAbsent(n, k -> new TransferId(UUID.randomUUID()));
    }

    private int number(AccountId id) {
        return accountIds.entrySet().stream()
                .filter(e -> e.getValue().equals(id))
                .findFirst()
                .orElseThrow()
                .getKey();
    }
}
