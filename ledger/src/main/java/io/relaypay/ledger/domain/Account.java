package io.relaypay.ledger.domain;

import java.util.Currency;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An account to create: its identity and rules. Balances start at zero and only transfers change
 * them.
 *
 * @param id client-chosen, non-zero
 * @param kind what the account stands for
 * @param currency every transfer on the account is in this currency
 * @param code a caller-defined classification (a chart-of-accounts number, say)
 * @param flags balance constraints and {@link AccountFlag#LINKED}
 * @param userData opaque links to domain objects
 */
public record Account(
        AccountId id, AccountKind kind, Currency currency, int code, Set<AccountFlag> flags, UserData userData) {

    /** Requires every field; business rules (zero id, conflicting flags) are result codes. */
    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(currency, "currency");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        Objects.requireNonNull(userData, "userData");
    }

    /** An unconstrained account with code 0 and no user data. */
    public static Account of(AccountId id, AccountKind kind, String currencyCode) {
        return new Account(id, kind, Currency.getInstance(currencyCode), 0, Set.of(), UserData.NONE);
    }

    /** A copy with these flags in place of the current ones. */
    public Account withFlags(AccountFlag... newFlags) {
        Set<AccountFlag> set = EnumSet.noneOf(AccountFlag.class);
        set.addAll(Set.of(newFlags));
        return new Account(id, kind, currency, code, set, userData);
    }

    /** A copy with this code. */
    public Account withCode(int newCode) {
        return new Account(id, kind, currency, newCode, flags, userData);
    }

    /** A copy with this user data. */
    public Account withUserData(UserData newUserData) {
        return new Account(id, kind, currency, code, flags, newUserData);
    }

    /** Whether the account carries the flag. */
    public boolean has(AccountFlag flag) {
        return flags.contains(flag);
    }

    /** The stored identity of the account: every field but the request-only {@code LINKED} flag. */
    Account withoutRequestFlags() {
        if (!has(AccountFlag.LINKED)) {
            return this;
        }
        Set<AccountFlag> set = EnumSet.noneOf(AccountFlag.class);
        set.addAll(flags);
        set.remove(AccountFlag.LINKED);
        return new Account(id, kind, currency, code, set, userData);
    }
}
