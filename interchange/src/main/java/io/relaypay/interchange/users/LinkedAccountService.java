package io.relaypay.interchange.users;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.common.SecretBox;
import io.relaypay.interchange.common.Transactions;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links accounts to users and unlinks them. What is kept of each reference is chosen here: a card
 * goes to the {@link CardVault} and only brand, last four, expiry and token stay; an IBAN is sealed
 * and masked. Changes to one user run under {@link UserLocks}, so the limit and the one default per
 * kind hold under concurrent requests. Logs name users and account ids, never references.
 */
public final class LinkedAccountService {

    private static final Logger log = LoggerFactory.getLogger(LinkedAccountService.class);
    private final UserService users;
    private final UserLocks locks;
    private final LinkedAccountStore store;
    private final CardVault vault;
    private final SecretBox secrets;
    private final Fingerprints fingerprints;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;
    private final int maxAccounts;

    /** A service keeping at most {@code maxAccounts} accounts per user. */
    public LinkedAccountService(
            UserService users,
            UserLocks locks,
            LinkedAccountStore store,
            CardVault vault,
            SecretBox secrets,
            Fingerprints fingerprints,
            Transactions transactions,
            Ids ids,
            Clock clock,
            int maxAccounts) {
        this.users = Objects.requireNonNull(users, "users");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.store = Objects.requireNonNull(store, "store");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.fingerprints = Objects.requireNonNull(fingerprints, "fingerprints");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAccounts = maxAccounts;
    }

    /** Links {@code request} to the user at {@code phone} (E.164), creating the user on first sight. */
    public LinkedAccount link(String phone, NewLinkedAccount request) {
        PhoneNumbers.requireE164(phone);
        NewLinkedAccount.Reference reference = request.reference();
        if (reference instanceof NewLinkedAccount.Reference.Card card
                && YearMonth.of(card.expYear(), card.expMonth())
                        .isBefore(YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC)))) {
            throw ApiException.invalid("exp_year", "the card has expired");
        }
        User user = users.findOrCreate(phone);
        String fingerprint = fingerprints.of(reference.kind(), fingerprinted(reference));
        // Outside the transaction: a processor's vault is a remote call, not to be made holding the user's lock.
        LinkedAccount.Details details = details(reference);
        return transactions.inTransaction(() -> {
            locks.lock(user.id());
            List<LinkedAccount> existing = store.ofUser(user.id());
            Optional<LinkedAccount> same = existing.stream()
                    .filter(a -> a.kind() == reference.kind() && a.fingerprint().equals(fingerprint))
                    .findFirst();
            if (same.isPresent()) {
                throw new ApiException(
                        ProblemType.INVALID_STATE,
                        "this account is already linked as " + same.get().id());
            }
            if (existing.size() >= maxAccounts) {
                throw new ApiException(
                        ProblemType.INVALID_STATE, "a user has at most " + maxAccounts + " linked accounts");
            }
            boolean makeDefault = request.makeDefault()
                    || existing.stream().noneMatch(a -> a.kind() == reference.kind() && a.isDefault());
            LinkedAccount account = new LinkedAccount(
                    ids.next("la"),
                    user.id(),
                    request.label().orElse(details.defaultLabel()),
                    details,
                    fingerprint,
                    request.verified(),
                    false,
                    clock.instant());
            if (!store.insert(account)) {
                throw new ApiException(ProblemType.INVALID_STATE, "this account is already linked");
            }
            if (makeDefault) {
                store.setDefault(user.id(), account.kind(), Optional.of(account.id()));
            }
            log.info(
                    "user {} linked account {} kind={} default={}",
                    user.id(),
                    account.id(),
                    account.kind(),
                    makeDefault);
            return account.withDefault(makeDefault);
        });
    }

    /** The user's linked accounts, oldest first. */
    public List<LinkedAccount> of(String userId) {
        return store.ofUser(userId);
    }

    /** Unlinks one account of the user at {@code phone}; the newest other one of its kind becomes the default. */
    public void unlink(String phone, String accountId) {
        PhoneNumbers.requireE164(phone);
        User user = users.findByPhone(phone).orElseThrow(() -> ApiException.notFound("user", phone));
        transactions.inTransaction(() -> {
            locks.lock(user.id());
            LinkedAccount account = store.find(user.id(), accountId)
                    .orElseThrow(() -> ApiException.notFound("linked account", accountId));
            store.delete(user.id(), accountId);
            if (account.isDefault()) {
                Optional<String> next = store.ofUser(user.id()).stream()
                        .filter(a -> a.kind() == account.kind())
                        .max(Comparator.comparing(LinkedAccount::createdAt).thenComparing(LinkedAccount::id))
                        .map(LinkedAccount::id);
                store.setDefault(user.id(), account.kind(), next);
            }
            log.info("user {} unlinked account {} kind={}", user.id(), accountId, account.kind());
            return null;
        });
    }

    private LinkedAccount.Details details(NewLinkedAccount.Reference reference) {
        return switch (reference) {
            case NewLinkedAccount.Reference.Card card ->
                new LinkedAccount.Details.Card(
                        CardNumbers.brand(card.digits()),
                        card.last4(),
                        card.expMonth(),
                        card.expYear(),
                        vault.tokenize(card.digits(), card.expMonth(), card.expYear()));
            case NewLinkedAccount.Reference.Bank bank ->
                new LinkedAccount.Details.Bank(
                        bank.iban().substring(0, 2),
                        Ibans.masked(bank.iban()),
                        bank.iban().substring(bank.iban().length() - 4),
                        secrets.seal(bank.iban()));
            case NewLinkedAccount.Reference.Wallet wallet ->
                new LinkedAccount.Details.Wallet(wallet.provider(), wallet.account());
            case NewLinkedAccount.Reference.Email email -> new LinkedAccount.Details.Email(email.address());
        };
    }

    private static String fingerprinted(NewLinkedAccount.Reference reference) {
        return switch (reference) {
            case NewLinkedAccount.Reference.Card card -> card.digits();
            case NewLinkedAccount.Reference.Bank bank -> bank.iban();
            case NewLinkedAccount.Reference.Wallet wallet -> wallet.provider() + ":" + wallet.account();
            case NewLinkedAccount.Reference.Email email -> email.address().toLowerCase(Locale.ROOT);
        };
    }
}
