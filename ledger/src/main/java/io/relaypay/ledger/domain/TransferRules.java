package io.relaypay.ledger.domain;

import static io.relaypay.ledger.domain.CreateTransferResult.*;

import java.time.Instant;
import java.util.Optional;

/**
 * Decides one transfer against the current state and, when it is accepted, writes its effects. The
 * checks run in a fixed order so that a given request always gets the same result code.
 */
final class TransferRules {

    private TransferRules() {}

    static CreateTransferResult apply(Transfer t, Changeset state, Instant now) {
        if (t.id().isZero()) {
            return ID_MUST_NOT_BE_ZERO;
        }
        if (phaseFlagCount(t) > 1) {
            return FLAGS_ARE_MUTUALLY_EXCLUSIVE;
        }
        Optional<TransferRecord> existing = state.transfer(t.id());
        if (existing.isPresent()) {
            return sameAsStored(t, existing.get(), state) ? EXISTS : EXISTS_WITH_DIFFERENT_FIELDS;
        }
        return t.resolvesPending() ? resolvePending(t, state, now) : createNew(t, state, now);
    }

    /** Releases a hold whose timeout has passed; false if it is not (or no longer) such a hold. */
    static boolean expire(TransferId pendingId, Changeset state, Instant now) {
        Optional<TransferRecord> found = state.transfer(pendingId);
        if (found.isEmpty() || !found.get().isExpiredAt(now)) {
            return false;
        }
        TransferRecord pending = found.get();
        release(pending.transfer(), 0, state);
        state.updateTransfer(pending.withState(PendingState.EXPIRED));
        return true;
    }

    private static CreateTransferResult createNew(Transfer t, Changeset state, Instant now) {
        if (!t.pendingId().isZero()) {
            return PENDING_ID_MUST_BE_ZERO;
        }
        if (t.timeoutSeconds() != 0 && !t.has(TransferFlag.PENDING)) {
            return TIMEOUT_RESERVED_FOR_PENDING_TRANSFER;
        }
        if (t.debitAccountId().isZero()) {
            return DEBIT_ACCOUNT_ID_MUST_NOT_BE_ZERO;
        }
        if (t.creditAccountId().isZero()) {
            return CREDIT_ACCOUNT_ID_MUST_NOT_BE_ZERO;
        }
        if (t.debitAccountId().equals(t.creditAccountId())) {
            return ACCOUNTS_MUST_BE_DIFFERENT;
        }
        if (t.amount() <= 0) {
            return AMOUNT_MUST_BE_POSITIVE;
        }
        Optional<AccountRecord> debit = state.account(t.debitAccountId());
        if (debit.isEmpty()) {
            return DEBIT_ACCOUNT_NOT_FOUND;
        }
        Optional<AccountRecord> credit = state.account(t.creditAccountId());
        if (credit.isEmpty()) {
            return CREDIT_ACCOUNT_NOT_FOUND;
        }
        Account debitAccount = debit.get().account();
        Account creditAccount = credit.get().account();
        if (!debitAccount.currency().equals(creditAccount.currency())) {
            return ACCOUNTS_MUST_HAVE_THE_SAME_CURRENCY;
        }
        if (!t.currency().equals(debitAccount.currency())) {
            return TRANSFER_MUST_HAVE_THE_SAME_CURRENCY_AS_ACCOUNTS;
        }
        boolean pending = t.has(TransferFlag.PENDING);
        Balance d = debit.get().balance();
        Balance c = credit.get().balance();
        long debitsTotal = sumOrNegative(d.debitsPending(), d.debitsPosted(), t.amount());
        if (debitsTotal < 0) {
            return OVERFLOWS_DEBITS;
        }
        long creditsTotal = sumOrNegative(c.creditsPending(), c.creditsPosted(), t.amount());
        if (creditsTotal < 0) {
            return OVERFLOWS_CREDITS;
        }
        if (debitAccount.has(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS) && debitsTotal > d.creditsPosted()) {
            return EXCEEDS_CREDITS;
        }
        if (creditAccount.has(AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS) && creditsTotal > c.debitsPosted()) {
            return EXCEEDS_DEBITS;
        }
        Balance newDebit = pending
                ? d.withDebitsPending(d.debitsPending() + t.amount())
                : d.withDebitsPosted(d.debitsPosted() + t.amount());
        Balance newCredit = pending
                ? c.withCreditsPending(c.creditsPending() + t.amount())
                : c.withCreditsPosted(c.creditsPosted() + t.amount());
        state.updateAccount(debit.get().withBalance(newDebit));
        state.updateAccount(credit.get().withBalance(newCredit));
        state.createTransfer(new TransferRecord(t, pending ? PendingState.PENDING : PendingState.NONE, now, 0));
        return OK;
    }

    private static CreateTransferResult resolvePending(Transfer t, Changeset state, Instant now) {
        boolean post = t.has(TransferFlag.POST_PENDING);
        if (t.pendingId().isZero()) {
            return PENDING_ID_MUST_NOT_BE_ZERO;
        }
        if (t.pendingId().value().equals(t.id().value())) {
            return PENDING_ID_MUST_BE_DIFFERENT;
        }
        if (t.timeoutSeconds() != 0) {
            return TIMEOUT_RESERVED_FOR_PENDING_TRANSFER;
        }
        if (!t.debitAccountId().isZero() && t.debitAccountId().equals(t.creditAccountId())) {
            return ACCOUNTS_MUST_BE_DIFFERENT;
        }
        if (post && t.amount() <= 0) {
            return AMOUNT_MUST_BE_POSITIVE;
        }
        Optional<TransferRecord> found = state.transfer(t.pendingId());
        if (found.isEmpty()) {
            return PENDING_TRANSFER_NOT_FOUND;
        }
        TransferRecord pendingRecord = found.get();
        Transfer p = pendingRecord.transfer();
        if (!p.has(TransferFlag.PENDING)) {
            return PENDING_TRANSFER_NOT_PENDING;
        }
        if (!t.debitAccountId().isZero() && !t.debitAccountId().equals(p.debitAccountId())) {
            return PENDING_TRANSFER_HAS_DIFFERENT_DEBIT_ACCOUNT_ID;
        }
        if (!t.creditAccountId().isZero() && !t.creditAccountId().equals(p.creditAccountId())) {
            return PENDING_TRANSFER_HAS_DIFFERENT_CREDIT_ACCOUNT_ID;
        }
        if (!t.currency().equals(p.currency())) {
            return PENDING_TRANSFER_HAS_DIFFERENT_CURRENCY;
        }
        if (t.code() != 0 && t.code() != p.code()) {
            return PENDING_TRANSFER_HAS_DIFFERENT_CODE;
        }
        long amount = resolvedAmount(t, p);
        if (post && amount > p.amount()) {
            return EXCEEDS_PENDING_TRANSFER_AMOUNT;
        }
        if (!post && amount != p.amount()) {
            return PENDING_TRANSFER_HAS_DIFFERENT_AMOUNT;
        }
        switch (pendingRecord.state()) {
            case POSTED -> {
                return PENDING_TRANSFER_ALREADY_POSTED;
            }
            case VOIDED -> {
                return PENDING_TRANSFER_ALREADY_VOIDED;
            }
            case EXPIRED -> {
                return PENDING_EXPIRED;
            }
            case PENDING, NONE -> {}
        }
        if (pendingRecord.isExpiredAt(now)) {
            return PENDING_EXPIRED;
        }
        release(p, post ? amount : 0, state);
        state.updateTransfer(pendingRecord.withState(post ? PendingState.POSTED : PendingState.VOIDED));
        state.createTransfer(new TransferRecord(resolved(t, p, amount), PendingState.NONE, now, 0));
        return OK;
    }

    /** Removes the hold of {@code pending} and posts {@code posted} of it (0 for a void). */
    private static void release(Transfer pending, long posted, Changeset state) {
        AccountRecord debit = state.account(pending.debitAccountId()).orElseThrow();
        AccountRecord credit = state.account(pending.creditAccountId()).orElseThrow();
        Balance d = debit.balance();
        Balance c = credit.balance();
        state.updateAccount(debit.withBalance(new Balance(
                d.debitsPending() - pending.amount(),
                d.debitsPosted() + posted,
                d.creditsPending(),
                d.creditsPosted())));
        state.updateAccount(credit.withBalance(new Balance(
                c.debitsPending(),
                c.debitsPosted(),
                c.creditsPending() - pending.amount(),
                c.creditsPosted() + posted)));
    }

    /** The amount a post or void really moves: FULL_AMOUNT (and, for a void, 0) mean the held amount. */
    private static long resolvedAmount(Transfer t, Transfer pending) {
        if (t.amount() == Transfer.FULL_AMOUNT) {
            return pending.amount();
        }
        if (t.has(TransferFlag.VOID_PENDING) && t.amount() == 0) {
            return pending.amount();
        }
        return t.amount();
    }

    /** The stored form of a post or void: blanks filled in from the pending transfer. */
    private static Transfer resolved(Transfer t, Transfer pending, long amount) {
        return new Transfer(
                t.id(),
                pending.debitAccountId(),
                pending.creditAccountId(),
                amount,
                t.currency(),
                t.pendingId(),
                0,
                t.code() != 0 ? t.code() : pending.code(),
                t.flags(),
                t.userData().isNone() ? pending.userData() : t.userData());
    }

    /**
     * Whether a resubmitted transfer matches the stored one. Blanks a post or void may leave (zero
     * accounts, zero code, no user data, the full-amount marker) match what they were resolved to.
     */
    private static boolean sameAsStored(Transfer t, TransferRecord existing, Changeset state) {
        Transfer e = existing.transfer();
        if (!t.resolvesPending()) {
            return t.equals(e);
        }
        if (!t.flags().equals(e.flags())
                || !t.pendingId().equals(e.pendingId())
                || !t.currency().equals(e.currency())
                || t.timeoutSeconds() != e.timeoutSeconds()) {
            return false;
        }
        boolean accountsMatch =
                (t.debitAccountId().isZero() || t.debitAccountId().equals(e.debitAccountId()))
                        && (t.creditAccountId().isZero() || t.creditAccountId().equals(e.creditAccountId()));
        boolean codeMatches = t.code() == 0 || t.code() == e.code();
        boolean userDataMatches = t.userData().isNone() || t.userData().equals(e.userData());
        long amount = state.transfer(t.pendingId())
                .map(p -> resolvedAmount(t, p.transfer()))
                .orElse(t.amount());
        return accountsMatch && codeMatches && userDataMatches && amount == e.amount();
    }

    private static int phaseFlagCount(Transfer t) {
        int count = 0;
        for (TransferFlag flag : t.flags()) {
            if (flag != TransferFlag.LINKED) {
                count++;
            }
        }
        return count;
    }

    /** {@code a + b + c} for non-negative values, or -1 if the sum does not fit in a long. */
    private static long sumOrNegative(long a, long b, long c) {
        try {
            return Math.addExact(Math.addExact(a, b), c);
        } catch (ArithmeticException overflow) {
            return -1;
        }
    }
}
