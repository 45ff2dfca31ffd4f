package io.relaypay.interchange.settlement;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.events.MerchantEvents;
import io.relaypay.interchange.funds.BookAccount;
import io.relaypay.interchange.funds.Entry;
import io.relaypay.interchange.funds.LedgerAccounts;
import io.relaypay.interchange.funds.LedgerIds;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.domain.Transfer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pays merchants out for a period: for each merchant balance, what it earned up to the period's end
 * less everything paid out before, moved by one ledger transfer to the merchant's payout account.
 *
 * <p>Safe to run again, on any node: one payout row per merchant, mode, currency and period (a
 * unique key), and the transfer id is derived from the payout id, so a repeat finds the row and the
 * ledger answers {@code exists}. A payout left {@code PENDING} by a crash is finished by
 * {@link #finishStuck}. The amount is computed from the ledger's own entries (never a counter that
 * could drift) and capped by the ledger: a refund that came first makes the transfer {@code SHORT},
 * and the payout {@code failed}; the next period's run pays what is left.
 */
public final class PayoutRuns {

    private static final Logger log = LoggerFactory.getLogger(PayoutRuns.class);

    private final PayoutStore store;
    private final Ledger ledger;
    private final LedgerAccounts accounts;
    private final LedgerMovements movements;
    private final MerchantEvents events;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    /** Runs over these parts. */
    public PayoutRuns(
            PayoutStore store,
            Ledger ledger,
            LedgerAccounts accounts,
            LedgerMovements movements,
            MerchantEvents events,
            Transactions transactions,
            Ids ids,
            Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.movements = Objects.requireNonNull(movements, "movements");
        this.events = Objects.requireNonNull(events, "events");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What a run did.
     *
     * @param period the period run
     * @param payouts the payouts of the period (made now or by an earlier run)
     * @param waiting merchants with money due but no payout account yet
     */
    public record Run(Period period, List<Payout> payouts, List<String> waiting) {}

    /** Pays out every merchant balance for {@code period}, which must have ended. */
    public Run run(Period period) {
        if (period.end().isAfter(clock.instant())) {
            throw new IllegalArgumentException("a payout period must have ended");
        }
        List<Payout> payouts = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (PayoutStore.MerchantAccount account : store.merchantAccounts()) {
            Optional<Payout> existing =
                    store.find(account.merchantId(), account.livemode(), account.currency(), period);
            if (existing.isPresent()) {
                payouts.add(finish(existing.get()));
                continue;
            }
            long due = dueAt(account, period);
            if (due <= 0) {
                continue;
            }
            Optional<String> destination = store.payoutAccount(account.merchantId());
            if (destination.isEmpty()) {
                waiting.add(account.merchantId());
                continue;
            }
            Instant now = clock.instant();
            Payout payout = store.insertIfAbsent(new Payout(
                    ids.next("po"),
                    account.merchantId(),
                    account.livemode(),
                    account.currency(),
                    period,
                    due,
                    destination.get(),
                    PayoutStatus.PENDING,
                    Optional.empty(),
                    now,
                    now));
            payouts.add(finish(payout));
        }
        return new Run(period, payouts, waiting);
    }

    /** Finishes payouts pending since before {@code before}; how many it finished. */
    public int finishStuck(Instant before, int limit) {
        int finished = 0;
        for (Payout payout : store.stuck(before, limit)) {
            if (finish(payout).status().terminal()) {
                finished++;
            }
        }
        return finished;
    }

    /** Earned up to the period's end (payouts aside), less every payout booked so far. */
    private long dueAt(PayoutStore.MerchantAccount account, Period period) {
        long earned = 0;
        long paidOut = 0;
        for (Movement m : movements.of(merchantBalance(account.merchantId(), account.currency(), account.livemode()))) {
            if (m.is(Entry.PAYOUT)) {
                paidOut -= m.amount();
            } else if (m.at().isBefore(period.end())) {
                earned += m.amount();
            }
        }
        return earned - paidOut;
    }

    private Payout finish(Payout payout) {
        if (payout.status().terminal()) {
            return payout;
        }
        Transfer transfer = Transfer.builder(transferId(payout.id()))
                .debit(merchantBalance(payout.merchantId(), payout.currency(), payout.livemode()))
                .credit(accounts.open(
                        new BookAccount.MerchantPayout(payout.merchantId()), payout.currency(), payout.livemode()))
                .amount(payout.amount())
                .currency(payout.currency())
                .code(Entry.PAYOUT.code())
                .build();
        CreateTransferResult result = ledger.createTransfer(transfer);
        Instant now = clock.instant();
        if (result.isSuccess()) {
            return transactions.inTransaction(() -> {
                if (store.finish(payout.id(), PayoutStatus.PAID, Optional.empty(), now)) {
                    Payout paid = withStatus(payout, PayoutStatus.PAID, Optional.empty(), now);
                    events.publish(paid.merchantId(), paid.livemode(), "payout.paid", PayoutView.of(paid));
                    log.info("payout={} merchant={} paid amount={}", paid.id(), paid.merchantId(), paid.amount());
                    return paid;
                }
                return current(payout);
            });
        }
        if (result == CreateTransferResult.EXCEEDS_CREDITS) {
            Optional<String> reason = Optional.of("insufficient_balance");
            log.warn("payout={} merchant={} failed: the balance no longer covers it", payout.id(), payout.merchantId());
            return store.finish(payout.id(), PayoutStatus.FAILED, reason, now)
                    ? withStatus(payout, PayoutStatus.FAILED, reason, now)
                    : current(payout);
        }
        throw new IllegalStateException("ledger refused payout " + payout.id() + ": " + result.code());
    }

    private Payout current(Payout payout) {
        return store.find(payout.id(), payout.merchantId(), payout.livemode()).orElse(payout);
    }

    private AccountId merchantBalance(String merchantId, String currency, boolean livemode) {
        return accounts.open(new BookAccount.MerchantBalance(merchantId), currency, livemode);
    }

    /** The ledger transfer of a payout. */
    public static io.relaypay.ledger.domain.TransferId transferId(String payoutId) {
        return LedgerIds.transfer(payoutId, "payout");
    }

    private static Payout withStatus(Payout p, PayoutStatus status, Optional<String> reason, Instant now) {
        return new Payout(
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
                now);
    }
}
