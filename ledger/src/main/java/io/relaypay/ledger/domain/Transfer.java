package io.relaypay.ledger.domain;

import java.util.Currency;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A transfer to create: move {@code amount} from the debit account to the credit account, both in
 * {@code currency}. The id makes it idempotent: submitting the same transfer twice applies it once.
 *
 * <p>Post and void transfers name the hold in {@code pendingId}; their account ids may be {@link
 * AccountId#ZERO} and their code {@code 0}, meaning "as in the pending transfer". A post may use
 * {@link #FULL_AMOUNT} to post everything that was held, or a smaller amount to post part of it and
 * release the rest.
 *
 * @param id client-chosen, non-zero
 * @param debitAccountId the account debited
 * @param creditAccountId the account credited
 * @param amount minor units, positive
 * @param currency must equal both accounts' currency
 * @param pendingId for post and void: the pending transfer; otherwise {@link TransferId#ZERO}
 * @param timeoutSeconds for pending transfers: seconds until the hold expires; 0 for never
 * @param code a caller-defined reason code (payment, refund, fee, ...)
 * @param flags see {@link TransferFlag}
 * @param userData opaque links to domain objects
 */
public record Transfer(
        TransferId id,
        AccountId debitAccountId,
        AccountId creditAccountId,
        long amount,
        Currency currency,
        TransferId pendingId,
        int timeoutSeconds,
        int code,
        Set<TransferFlag> flags,
        UserData userData) {

    /** As the amount of a post: post all that the pending transfer holds. */
    public static final long FULL_AMOUNT = Long.MAX_VALUE;

    /** Requires every field and a non-negative timeout; business rules are result codes. */
    public Transfer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(debitAccountId, "debitAccountId");
        Objects.requireNonNull(creditAccountId, "creditAccountId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(pendingId, "pendingId");
        if (timeoutSeconds < 0) {
            throw new IllegalArgumentException("timeoutSeconds must not be negative");
        }
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        Objects.requireNonNull(userData, "userData");
    }

    /** Starts a transfer with this id. */
    public static Builder builder(TransferId id) {
        return new Builder(id);
    }

    /** A single-phase transfer of {@code amount} from debit to credit. */
    public static Transfer of(TransferId id, AccountId debit, AccountId credit, Money amount) {
        return builder(id).debit(debit).credit(credit).amount(amount).build();
    }

    /** Whether the transfer carries the flag. */
    public boolean has(TransferFlag flag) {
        return flags.contains(flag);
    }

    /** The amount with its currency. */
    public Money money() {
        return new Money(amount, currency);
    }

    /** Whether this transfer posts or voids a pending one. */
    public boolean resolvesPending() {
        return has(TransferFlag.POST_PENDING) || has(TransferFlag.VOID_PENDING);
    }

    /** Fluent construction, mostly for tests and examples. */
    public static final class Builder {
        private final TransferId id;
        private AccountId debit = AccountId.ZERO;
        private AccountId credit = AccountId.ZERO;
        private long amount;
        private Currency currency;
        private TransferId pendingId = TransferId.ZERO;
        private int timeoutSeconds;
        private int code;
        private final Set<TransferFlag> flags = EnumSet.noneOf(TransferFlag.class);
        private UserData userData = UserData.NONE;

        private Builder(TransferId id) {
            this.id = id;
        }

        /** The debit account. */
        public Builder debit(AccountId account) {
            this.debit = account;
            return this;
        }

        /** The credit account. */
        public Builder credit(AccountId account) {
            this.credit = account;
            return this;
        }

        /** Amount and currency together. */
        public Builder amount(Money money) {
            this.amount = money.minorUnits();
            this.currency = money.currency();
            return this;
        }

        /** Amount in minor units; the currency is set separately. */
        public Builder amount(long minorUnits) {
            this.amount = minorUnits;
            return this;
        }

        /** The ISO-4217 currency code. */
        public Builder currency(String currencyCode) {
            this.currency = Currency.getInstance(currencyCode);
            return this;
        }

        /** The reason code. */
        public Builder code(int value) {
            this.code = value;
            return this;
        }

        /** Make it a hold that expires after {@code seconds} (0: never). */
        public Builder pending(int seconds) {
            flags.add(TransferFlag.PENDING);
            this.timeoutSeconds = seconds;
            return this;
        }

        /** Post the given pending transfer. */
        public Builder post(TransferId pending) {
            flags.add(TransferFlag.POST_PENDING);
            this.pendingId = pending;
            return this;
        }

        /** Void the given pending transfer. */
        public Builder voiding(TransferId pending) {
            flags.add(TransferFlag.VOID_PENDING);
            this.pendingId = pending;
            return this;
        }

        /** Set the pending id without a flag; only for testing rejections. */
        public Builder pendingId(TransferId pending) {
            this.pendingId = pending;
            return this;
        }

        /** Set the timeout without the pending flag; only for testing rejections. */
        public Builder timeoutSeconds(int seconds) {
            this.timeoutSeconds = seconds;
            return this;
        }

        /** Link to the next transfer in the batch. */
        public Builder linked() {
            flags.add(TransferFlag.LINKED);
            return this;
        }

        /** Add a flag as is. */
        public Builder flag(TransferFlag flag) {
            flags.add(flag);
            return this;
        }

        /** Attach user data. */
        public Builder userData(UserData data) {
            this.userData = data;
            return this;
        }

        /** The transfer; fails if the currency was never set. */
        public Transfer build() {
            return new Transfer(id, debit, credit, amount, currency, pendingId, timeoutSeconds, code, flags, userData);
        }
    }
}
