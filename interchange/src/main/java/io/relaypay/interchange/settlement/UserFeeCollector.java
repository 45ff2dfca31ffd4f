package io.relaypay.interchange.settlement;

import io.relaypay.interchange.funds.BookAccount;
import io.relaypay.interchange.funds.Entry;
import io.relaypay.interchange.funds.LedgerAccounts;
import io.relaypay.interchange.funds.LedgerIds;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.domain.Transfer;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * User fees after a payment is paid: records what funding it cost the buyer ({@link UserFees} by
 * funding method) as a debt, then collects the buyer's debts from the wallet, oldest first, never
 * more than the wallet has left. A deferred fee is collected by later purchases only, so the
 * purchase that caused it is never refused or shortened by it; an immediate one is collected by the
 * same purchase, as far as the wallet allows, the rest by later ones.
 *
 * <p>Each collection's amount is stored before its ledger transfer (wallet to fees, id derived from
 * the debt and the collecting payment), so a repeat books the same transfer and the ledger answers
 * {@code exists}.
 */
public final class UserFeeCollector {

    private static final Logger log = LoggerFactory.getLogger(UserFeeCollector.class);

    private final UserFees fees;
    private final UserFeeStore store;
    private final Ledger ledger;
    private final LedgerAccounts accounts;
    private final Clock clock;

    /** A collector over these parts. */
    public UserFeeCollector(UserFees fees, UserFeeStore store, Ledger ledger, LedgerAccounts accounts, Clock clock) {
        this.fees = Objects.requireNonNull(fees, "fees");
        this.store = Objects.requireNonNull(store, "store");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs after {@code payment} was paid; safe to run again. */
    public void afterPaid(Payment payment) {
        Optional<String> buyer = payment.userId();
        Optional<String> method = store.fundingMethod(payment.id());
        if (buyer.isEmpty() || method.isEmpty()) {
            return;
        }
        afterFunding(
                payment.id(),
                buyer.get(),
                payment.currency(),
                payment.livemode(),
                method.get(),
                payment.amount(),
                true);
    }

    /**
     * The user fee charged with {@code payment} itself (not a deferred one), by the funding method
     * it was settled by; what the wallet could not cover at once is still owed, so it counts too.
     */
    public Optional<Long> chargedWith(Payment payment) {
        return store.fundingMethod(payment.id()).flatMap(method -> fees.chargedAtOnce(method, payment.amount()));
    }

    /**
     * Runs after {@code objectId} (a payment, or a deposit) was funded by {@code method} for {@code
     * amount}: records the user's fee for it, then collects the user's debts as far as the wallet
     * allows. Deferred fees are collected by purchases only, never by the object that caused them:
     * a deposit ({@code purchase} false) with deferred fees only records its own. Safe to run again.
     */
    public void afterFunding(
            String objectId,
            String userId,
            String currency,
            boolean livemode,
            String method,
            long amount,
            boolean purchase) {
        UserFees.Fee fee = fees.feeFor(method, amount);
        if (fee.amount() > 0) {
            store.recordIfAbsent(
                    new UserFeeStore.Debt(objectId, userId, currency, livemode, fee.amount(), 0),
                    method,
                    clock.instant());
        }
        if (!purchase && fees.deferred()) {
            return;
        }
        for (UserFeeStore.Debt debt : store.open(userId, currency, livemode)) {
            if (fee.deferred() && debt.paymentId().equals(objectId)) {
                continue;
            }
            if (!collect(debt, objectId)) {
                return;
            }
        }
    }

    /**
     * Settles collections a crash left between the ledger and the mark: booked if the ledger has the
     * transfer, forgotten if not (then nothing moved). Only collections started before {@code
     * before} are touched, so one being made right now is never forgotten under its caller. Run by the
     * scheduled pass; answers how many it settled.
     */
    public int finishUnfinished(java.time.Instant before, int limit) {
        List<UserFeeStore.Unfinished> unfinished = store.unfinished(before, limit);
        for (UserFeeStore.Unfinished u : unfinished) {
            if (ledger.transfer(transferId(u.debtPaymentId(), u.paymentId())).isPresent()) {
                store.finishCollection(u.debtPaymentId(), u.paymentId());
            } else {
                store.dropCollection(u.debtPaymentId(), u.paymentId());
            }
        }
        return unfinished.size();
    }

    private static io.relaypay.ledger.domain.TransferId transferId(String debtPaymentId, String paymentId) {
        return LedgerIds.transfer(debtPaymentId, "user-fee/" + paymentId);
    }

    /** Collects what the wallet allows of {@code debt}; false when the wallet has nothing left. */
    private boolean collect(UserFeeStore.Debt debt, String collectingId) {
        AccountId wallet = accounts.open(new BookAccount.Wallet(debt.userId()), debt.currency(), debt.livemode());
        long amount = store.collection(debt.paymentId(), collectingId).orElseGet(() -> {
            long available = ledger.balance(wallet).map(b -> b.available()).orElse(0L);
            long collectable = UserFees.collectable(debt.remaining(), available);
            return collectable == 0
                    ? 0
                    : store.startCollection(debt.paymentId(), collectingId, collectable, clock.instant());
        });
        if (amount == 0) {
            return false;
        }
        CreateTransferResult result = ledger.createTransfer(Transfer.builder(transferId(debt.paymentId(), collectingId))
                .debit(wallet)
                .credit(accounts.open(new BookAccount.Fees(), debt.currency(), debt.livemode()))
                .amount(amount)
                .currency(debt.currency())
                .code(Entry.USER_FEE.code())
                .build());
        if (result.isSuccess()) {
            store.finishCollection(debt.paymentId(), collectingId);
            log.info("user-fee debt={} collected={} by={}", debt.paymentId(), amount, collectingId);
            return true;
        }
        if (result == CreateTransferResult.EXCEEDS_CREDITS) {
            store.dropCollection(debt.paymentId(), collectingId);
            return false;
        }
        throw new IllegalStateException("ledger refused user fee " + debt.paymentId() + ": " + result.code());
    }
}
