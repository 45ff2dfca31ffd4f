package io.relaypay.interchange.settlement;

import io.relaypay.interchange.funds.BookAccount;
import io.relaypay.interchange.funds.Entry;
import io.relaypay.interchange.funds.LedgerAccounts;
import java.util.List;
import java.util.Objects;

/**
 * Builds statements from the ledger: a merchant's from its balance account, a carrier's from its
 * receivable account. Nothing is counted anywhere else, so a statement is the ledger's own sum.
 */
public final class Statements {

    private final LedgerAccounts accounts;
    private final LedgerMovements movements;
    private final StatementReferences references;

    /** Statements of these accounts, each line naming its object through {@code references}. */
    public Statements(LedgerAccounts accounts, LedgerMovements movements, StatementReferences references) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.movements = Objects.requireNonNull(movements, "movements");
        this.references = Objects.requireNonNull(references, "references");
    }

    /** The merchant's statements in a mode, one per currency it has a balance in. */
    public List<Statement> ofMerchant(String merchantId, boolean livemode, Period period) {
        return currencies(merchantId, "balance", livemode).stream()
                .map(c -> ofMerchant(merchantId, c, livemode, period))
                .toList();
    }

    /** The carrier's statements in a mode, one per currency it billed in. */
    public List<Statement> ofCarrier(String carrier, boolean livemode, Period period) {
        return currencies(BookAccount.SYSTEM, new BookAccount.CarrierReceivable(carrier).purpose(), livemode).stream()
                .map(c -> ofCarrier(carrier, c, livemode, period))
                .toList();
    }

    private List<String> currencies(String owner, String purpose, boolean livemode) {
        return accounts.ownedBy(owner).stream()
                .map(LedgerAccounts.Held::row)
                .filter(r -> r.purpose().equals(purpose) && r.livemode() == livemode)
                .map(r -> r.currency().trim())
                .distinct()
                .sorted()
                .toList();
    }

    /** The merchant's statement in one currency and mode. */
    public Statement ofMerchant(String merchantId, String currency, boolean livemode, Period period) {
        List<Movement> all =
                movements.of(accounts.idOf(new BookAccount.MerchantBalance(merchantId), currency, livemode));
        long opening = sumBefore(all, period);
        List<Movement> in = named(inPeriod(all, period), references.ofMerchant(merchantId, livemode));
        long gross = sum(in, Entry.PAYMENT);
        long fees = -sum(in, Entry.FEE);
        long refunds = -sum(in, Entry.REFUND);
        long payouts = -sum(in, Entry.PAYOUT);
        long known = gross - fees - refunds - payouts;
        long other = total(in) - known;
        long net = gross - fees - refunds;
        return new Statement(
                merchantId,
                currency,
                livemode,
                period,
                opening,
                gross,
                0,
                fees,
                refunds,
                net,
                payouts,
                other,
                opening + total(in),
                in);
    }

    /**
     * The carrier's statement in one currency and mode: what it billed, what it keeps, what it
     * remitted, and what it still owes, from its receivable account.
     */
    public Statement ofCarrier(String carrier, String currency, boolean livemode, Period period) {
        // The receivable is an asset: a charge debits it (money owed to us grows), so signs flip.
        List<Movement> all =
                movements.of(accounts.idOf(new BookAccount.CarrierReceivable(carrier), currency, livemode));
        long opening = -sumBefore(all, period);
        List<Movement> in = named(inPeriod(all, period), references.ofCarrier(carrier, livemode));
        long gross = -sum(in, Entry.CARRIER_CHARGE);
        long shares = sum(in, Entry.CARRIER_SHARE);
        // A refund to the phone bill credits the receivable with the amount and debits it with the
        // share the carrier gives back: what the carrier no longer owes.
        long refunds = sum(in, Entry.FUNDING_REFUND);
        long remitted = sum(in, Entry.REMITTANCE);
        long owedChange = -total(in);
        long other = owedChange - (gross - shares - refunds - remitted);
        return new Statement(
                carrier,
                currency,
                livemode,
                period,
                opening,
                gross,
                shares,
                0,
                refunds,
                gross - shares - refunds,
                remitted,
                other,
                opening + owedChange,
                in);
    }

    /** The user's wallet statements in a mode, one per currency it has a wallet in. */
    public List<UserStatement> ofUser(String userId, boolean livemode, Period period) {
        return currencies(userId, "wallet", livemode).stream()
                .map(c -> ofUser(userId, c, livemode, period))
                .toList();
    }

    /** The user's wallet statement in one currency and mode. */
    public UserStatement ofUser(String userId, String currency, boolean livemode, Period period) {
        List<Movement> all = movements.of(accounts.idOf(new BookAccount.Wallet(userId), currency, livemode));
        long opening = sumBefore(all, period);
        List<Movement> in = inPeriod(all, period);
        // Deposits of every kind, less those given back to their card, bank, stored-value account
        // or phone bill (which includes refunds of phone-bill purchases: they go back to the bill).
        long deposits = sum(in, Entry.TOP_UP)
                + sum(in, Entry.CARRIER_CHARGE)
                + sum(in, Entry.FUNDING_CHARGE)
                + sum(in, Entry.FUNDING_REFUND);
        long bonuses = sum(in, Entry.PROMOTION);
        long refunds = sum(in, Entry.REFUND);
        long purchases = -sum(in, Entry.PAYMENT);
        long fees = -sum(in, Entry.USER_FEE);
        long other = total(in) - (deposits + bonuses + refunds - purchases - fees);
        return new UserStatement(
                userId,
                currency,
                livemode,
                period,
                opening,
                deposits,
                bonuses,
                refunds,
                purchases,
                fees,
                other,
                opening + total(in),
                in);
    }

    private static long sumBefore(List<Movement> all, Period period) {
        return all.stream()
                .filter(m -> m.at().isBefore(period.start()))
                .mapToLong(Movement::amount)
                .sum();
    }

    private static List<Movement> inPeriod(List<Movement> all, Period period) {
        return all.stream().filter(m -> period.contains(m.at())).toList();
    }

    private static List<Movement> named(List<Movement> lines, java.util.Map<String, String> objects) {
        return lines.stream()
                .map(m -> m.of(java.util.Optional.ofNullable(objects.get(m.transferId()))))
                .toList();
    }

    private static long sum(List<Movement> movements, Entry kind) {
        return movements.stream()
                .filter(m -> m.is(kind))
                .mapToLong(Movement::amount)
                .sum();
    }

    private static long total(List<Movement> movements) {
        return movements.stream().mapToLong(Movement::amount).sum();
    }
}
