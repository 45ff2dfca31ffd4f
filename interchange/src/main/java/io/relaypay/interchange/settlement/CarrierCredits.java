package io.relaypay.interchange.settlement;

import io.relaypay.interchange.funds.BookAccount;
import io.relaypay.interchange.funds.Entry;
import io.relaypay.interchange.funds.LedgerAccounts;
import io.relaypay.interchange.funds.LedgerIds;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.domain.Transfer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Books a deposit a carrier billed (a premium SMS, say) for the deposits code to call once the
 * carrier confirmed the charge: the gross as a receivable from the carrier credited to the user's
 * wallet in full, the carrier's share (per carrier and price point) as a cost, and any promotion's
 * bonus from the promotion cost account; then the user fee of the method, taken now or deferred to
 * later purchases ({@link UserFeeCollector}).
 *
 * <p>The three credits are one linked chain with ids derived from the deposit id, so a repeat books
 * nothing twice (the ledger answers {@code exists}).
 */
public final class CarrierCredits {

    private final Ledger ledger;
    private final LedgerAccounts accounts;
    private final CarrierShares shares;
    private final Promotions promotions;
    private final UserFeeCollector userFees;

    /** Credits over these parts and policies. */
    public CarrierCredits(
            Ledger ledger,
            LedgerAccounts accounts,
            CarrierShares shares,
            Promotions promotions,
            UserFeeCollector userFees) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.shares = Objects.requireNonNull(shares, "shares");
        this.promotions = Objects.requireNonNull(promotions, "promotions");
        this.userFees = Objects.requireNonNull(userFees, "userFees");
    }

    /**
     * A deposit the carrier charged.
     *
     * @param id the deposit's id (transfer ids derive from it)
     * @param userId the user credited
     * @param carrier the carrier that billed it
     * @param method the funding method's wire name, e.g. {@code premium-sms}
     * @param amount what the carrier billed, in minor units
     * @param currency ISO-4217 code
     * @param livemode test or live money
     */
    public record Deposit(
            String id, String userId, String carrier, String method, long amount, String currency, boolean livemode) {
        /** Requires every part and a positive amount. */
        public Deposit {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(carrier, "carrier");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(currency, "currency");
            if (amount <= 0) {
                throw new IllegalArgumentException("a deposit amount must be positive");
            }
        }
    }

    /**
     * What a deposit booked.
     *
     * @param gross credited to the user from the carrier receivable
     * @param share the carrier's share, booked as a cost
     * @param bonus promotion credit on top
     */
    public record Credited(long gross, long share, long bonus) {}

    /** Books the deposit (again: nothing more); then records and collects its user fee. */
    public Credited credit(Deposit d) {
        long share = shares.shareOf(d.carrier(), d.amount());
        long bonus = promotions.bonusFor(d.amount()).amount();
        AccountId receivable =
                accounts.open(new BookAccount.CarrierReceivable(d.carrier()), d.currency(), d.livemode());
        AccountId wallet = accounts.open(new BookAccount.Wallet(d.userId()), d.currency(), d.livemode());
        List<Transfer.Builder> chain = new ArrayList<>();
        chain.add(transfer(d, "carrier-charge", receivable, wallet, d.amount(), Entry.CARRIER_CHARGE));
        if (share > 0) {
            chain.add(transfer(
                    d,
                    "carrier-share",
                    accounts.open(new BookAccount.CarrierShare(d.carrier()), d.currency(), d.livemode()),
                    receivable,
                    share,
                    Entry.CARRIER_SHARE));
        }
        if (bonus > 0) {
            chain.add(transfer(
                    d,
                    "promotion",
                    accounts.open(new BookAccount.PromotionCost(), d.currency(), d.livemode()),
                    wallet,
                    bonus,
                    Entry.PROMOTION));
        }
        List<Transfer> transfers = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            transfers.add((i < chain.size() - 1 ? chain.get(i).linked() : chain.get(i)).build());
        }
        List<CreateTransferResult> results = ledger.createTransfers(transfers);
        if (!results.stream().allMatch(CreateTransferResult::isSuccess)) {
            throw new IllegalStateException("ledger refused deposit " + d.id() + ": "
                    + results.stream().map(CreateTransferResult::code).toList());
        }
        userFees.afterFunding(d.id(), d.userId(), d.currency(), d.livemode(), d.method(), d.amount(), false);
        return new Credited(d.amount(), share, bonus);
    }

    private static Transfer.Builder transfer(
            Deposit d, String step, AccountId debit, AccountId credit, long amount, Entry entry) {
        return Transfer.builder(LedgerIds.transfer(d.id(), step))
                .debit(debit)
                .credit(credit)
                .amount(amount)
                .currency(d.currency())
                .code(entry.code());
    }
}
