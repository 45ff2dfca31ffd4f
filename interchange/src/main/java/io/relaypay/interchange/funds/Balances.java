package io.relaypay.interchange.funds;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.merchants.Caller;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.domain.PageLimits;
import io.relaypay.ledger.domain.TransferPage;
import io.relaypay.routing.E164;
import java.util.List;
import java.util.Objects;

/** Balances read from the ledger: a merchant's for the API, a buyer's and an account's entries for the admin. */
public final class Balances {

    private final Ledger ledger;
    private final LedgerAccounts accounts;
    private final BuyerDirectory buyers;

    /** Balances from {@code ledger}. */
    public Balances(Ledger ledger, LedgerAccounts accounts, BuyerDirectory buyers) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.buyers = Objects.requireNonNull(buyers, "buyers");
    }

    /**
     * An amount in one currency.
     *
     * @param amount minor units
     * @param currency ISO-4217 code
     */
    public record Amount(long amount, String currency) {}

    /**
     * A merchant's balance in one mode.
     *
     * @param livemode the mode
     * @param available posted to the merchant (payments less fees and refunds), per currency
     * @param pending held for the merchant but not posted yet, per currency
     */
    public record MerchantBalance(boolean livemode, List<Amount> available, List<Amount> pending) {}

    /** The caller's balance in the caller's mode, one entry per currency it has money in. */
    public MerchantBalance ofMerchant(Caller caller) {
        List<LedgerAccounts.Held> held = accounts.ownedBy(caller.merchantId()).stream()
                .filter(h -> h.row().livemode() == caller.livemode())
                .filter(h -> h.row().purpose().equals(new BookAccount.MerchantBalance(caller.merchantId()).purpose()))
                .toList();
        List<Amount> available = held.stream()
                .map(h -> new Amount(h.account().balance().net(), h.row().currency()))
                .toList();
        List<Amount> pending = held.stream()
                .map(h -> new Amount(
                        h.account().balance().creditsPending(), h.row().currency()))
                .toList();
        return new MerchantBalance(caller.livemode(), available, pending);
    }

    /** Every account of the user at {@code phoneNumber}; not-found when nobody has that number. */
    public List<LedgerAccounts.Held> ofPhone(String phoneNumber) {
        if (!E164.isValid(phoneNumber)) {
            throw ApiException.invalid("phone", "the phone number must be E.164, such as +4915112345678");
        }
        String user = buyers.userOf(phoneNumber).orElseThrow(() -> ApiException.notFound("user", phoneNumber));
        return accounts.ownedBy(user);
    }

    /** Every account of {@code owner} (a user id, a merchant id or {@code system}) with its balance. */
    public List<LedgerAccounts.Held> ofOwner(String owner) {
        if (owner == null || owner.isBlank() || owner.length() > 40) {
            throw ApiException.invalid("owner", "owner is a user id, a merchant id or system");
        }
        return accounts.ownedBy(owner);
    }

    /** A page of an account's transfers, newest first; not-found for an account Relaypay did not open. */
    public TransferPage entries(String accountId, long before, int limit) {
        AccountId id;
        try {
            id = AccountId.parse(accountId);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("account", "the account id is a UUID");
        }
        if (limit < 1 || limit > PageLimits.MAX) {
            throw ApiException.invalid("limit", "limit must be 1 to " + PageLimits.MAX);
        }
        if (before < 1) {
            throw ApiException.invalid("before", "before must be positive");
        }
        if (accounts.find(id).isEmpty()) {
            throw ApiException.notFound("ledger account", accountId);
        }
        return ledger.transfersOf(id, before, limit);
    }
}
