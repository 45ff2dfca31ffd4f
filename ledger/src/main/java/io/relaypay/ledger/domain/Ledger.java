package io.relaypay.ledger.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A double-entry ledger with TigerBeetle's semantics. Every balance change is a transfer between
 * two accounts of one currency, so per currency the balances always sum to zero.
 *
 * <p>Batch calls return one result per item, in order; business failures are results, not
 * exceptions. Each batch is applied atomically: either all its successful items are durable or, if
 * the call throws {@link LedgerUnavailableException}, none of them is known to be. Items are
 * idempotent by id, so a batch whose outcome is unknown is simply submitted again.
 */
public interface Ledger {

    /** Creates accounts; one result per account, in order. */
    List<CreateAccountResult> createAccounts(List<Account> accounts);

    /** Applies transfers in order, each seeing the effects of those before it; one result each. */
    List<CreateTransferResult> createTransfers(List<Transfer> transfers);

    /** An account with its current balance. */
    Optional<AccountRecord> account(AccountId id);

    /** Accounts with their balances, in the order asked; ids not found are left out. */
    List<AccountRecord> accounts(List<AccountId> ids);

    /** A transfer by id. */
    Optional<TransferRecord> transfer(TransferId id);

    /**
     * The transfers that debit or credit an account, newest first.
     *
     * @param before only transfers with a smaller sequence; {@code Long.MAX_VALUE} for the newest
     * @param limit page size, 1 to 1,000
     */
    TransferPage transfersOf(AccountId account, long before, int limit);

    /**
     * Releases up to {@code limit} holds whose timeout has passed at {@code now}, oldest first.
     * Safe to run on several nodes at once: each hold is released exactly once.
     *
     * @return how many holds this call released
     */
    int expirePendingTransfers(Instant now, int limit);

    /** Convenience for a single account. */
    default CreateAccountResult createAccount(Account account) {
        return createAccounts(List.of(account)).getFirst();
    }

    /** Convenience for a single transfer. */
    default CreateTransferResult createTransfer(Transfer transfer) {
        return createTransfers(List.of(transfer)).getFirst();
    }

    /** The balance of an account. */
    default Optional<Balance> balance(AccountId id) {
        return account(id).map(AccountRecord::balance);
    }
}
