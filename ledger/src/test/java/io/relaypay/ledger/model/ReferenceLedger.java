package io.relaypay.ledger.model;

import static io.relaypay.ledger.domain.CreateTransferResult.*;

import io.relaypay.ledger.domain.CreateAccountResult;
import io.relaypay.ledger.domain.CreateTransferResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately naive second implementation of the ledger's rules, written from the
 * specification and not from the engine, for the operations {@link Op} can generate. Holding state
 * in plain mutable maps and copying them wholesale for linked chains keeps it obviously right.
 */
final class ReferenceLedger {

    static final class Acct {
        final String currency;
        final boolean debitsCapped;
        long debitsPending;
        long debitsPosted;
        long creditsPending;
        long creditsPosted;

        Acct(String currency, boolean debitsCapped) {
            this.currency = currency;
            this.debitsCapped = debitsCapped;
        }

        Acct copy() {
            Acct a = new Acct(currency, debitsCapped);
            a.debitsPending = debitsPending;
            a.debitsPosted = debitsPosted;
            a.creditsPending = creditsPending;
            a.creditsPosted = creditsPosted;
            return a;
        }
    }

    /** A stored transfer: the spec as submitted, plus what the model needs to resolve posts. */
    record Stored(Op.TransferSpec spec, int debit, int credit, long amount, String state, long createdAt) {}

    private Map<Integer, Acct> accounts = new HashMap<>();
    private Map<Integer, Stored> transfers = new HashMap<>();
    long now;

    Map<Integer, Acct> accounts() {
        return accounts;
    }

    CreateAccountResult createAccount(Op.CreateAccount op) {
        Acct existing = accounts.get(op.id());
        if (existing != null) {
            boolean same = existing.currency.equals(op.currency()) && existing.debitsCapped == op.debitsCapped();
            return same ? CreateAccountResult.EXISTS : CreateAccountResult.EXISTS_WITH_DIFFERENT_FIELDS;
        }
        accounts.put(op.id(), new Acct(op.currency(), op.debitsCapped()));
        return CreateAccountResult.OK;
    }

    List<CreateTransferResult> submit(List<Op.TransferSpec> batch) {
        List<CreateTransferResult> results = new ArrayList<>();
        int i = 0;
        while (i < batch.size()) {
            int end = i;
            while (end < batch.size() && batch.get(end).linked()) {
                end++;
            }
            if (end == batch.size()) {
                for (int j = i; j < end; j++) {
                    results.add(j == end - 1 ? LINKED_EVENT_CHAIN_OPEN : LINKED_EVENT_FAILED);
                }
                break;
            }
            Map<Integer, Acct> savedAccounts = copyAccounts();
            Map<Integer, Stored> savedTransfers = new HashMap<>(transfers);
            List<CreateTransferResult> chain = new ArrayList<>();
            int failedAt = -1;
            for (int j = i; j <= end; j++) {
                CreateTransferResult r = one(batch.get(j));
                chain.add(r);
                if (r != OK && r != EXISTS) {
                    failedAt = j - i;
                    break;
                }
            }
            if (failedAt >= 0 && end > i) {
                accounts = savedAccounts;
                transfers = savedTransfers;
                for (int j = i; j <= end; j++) {
                    results.add(j - i == failedAt ? chain.get(failedAt) : LINKED_EVENT_FAILED);
                }
            } else {
                results.addAll(chain);
            }
            i = end + 1;
        }
        return results;
    }

    int expire() {
        int count = 0;
        for (Map.Entry<Integer, Stored> e : transfers.entrySet()) {
            Stored s = e.getValue();
            if (s.state().equals("PENDING") && isDue(s)) {
                Acct d = accounts.get(s.debit());
                Acct c = accounts.get(s.credit());
                d.debitsPending -= s.amount();
                c.creditsPending -= s.amount();
                e.setValue(new Stored(s.spec(), s.debit(), s.credit(), s.amount(), "EXPIRED", s.createdAt()));
                count++;
            }
        }
        return count;
    }

    private boolean isDue(Stored s) {
        return s.spec().timeout() > 0 && s.createdAt() + s.spec().timeout() <= now;
    }

    private CreateTransferResult one(Op.TransferSpec t) {
        if (t.kind() == Op.Kind.BAD_FLAGS) {
            return FLAGS_ARE_MUTUALLY_EXCLUSIVE;
        }
        Stored existing = transfers.get(t.id());
        if (existing != null) {
            return existing.spec().sameRequestAs(t) ? EXISTS : EXISTS_WITH_DIFFERENT_FIELDS;
        }
        return switch (t.kind()) {
            case SINGLE, PENDING -> create(t);
            case POST, VOID -> resolve(t);
            case BAD_FLAGS -> throw new AssertionError();
        };
    }

    private CreateTransferResult create(Op.TransferSpec t) {
        if (t.debit() == t.credit()) {
            return ACCOUNTS_MUST_BE_DIFFERENT;
        }
        if (t.amount() <= 0) {
            return AMOUNT_MUST_BE_POSITIVE;
        }
        Acct d = accounts.get(t.debit());
        if (d == null) {
            return DEBIT_ACCOUNT_NOT_FOUND;
        }
        Acct c = accounts.get(t.credit());
        if (c == null) {
            return CREDIT_ACCOUNT_NOT_FOUND;
        }
        if (!d.currency.equals(c.currency)) {
            return ACCOUNTS_MUST_HAVE_THE_SAME_CURRENCY;
        }
        if (!t.currency().equals(d.currency)) {
            return TRANSFER_MUST_HAVE_THE_SAME_CURRENCY_AS_ACCOUNTS;
        }
        if (d.debitsCapped && d.debitsPending + d.debitsPosted + t.amount() > d.creditsPosted) {
            return EXCEEDS_CREDITS;
        }
        boolean pending = t.kind() == Op.Kind.PENDING;
        if (pending) {
            d.debitsPending += t.amount();
            c.creditsPending += t.amount();
        } else {
            d.debitsPosted += t.amount();
            c.creditsPosted += t.amount();
        }
        transfers.put(t.id(), new Stored(t, t.debit(), t.credit(), t.amount(), pending ? "PENDING" : "NONE", now));
        return OK;
    }

    private CreateTransferResult resolve(Op.TransferSpec t) {
        boolean post = t.kind() == Op.Kind.POST;
        if (t.pendingRef() == t.id()) {
            return PENDING_ID_MUST_BE_DIFFERENT;
        }
        Stored p = transfers.get(t.pendingRef());
        if (p == null) {
            return PENDING_TRANSFER_NOT_FOUND;
        }
        if (p.spec().kind() != Op.Kind.PENDING) {
            return PENDING_TRANSFER_NOT_PENDING;
        }
        if (!t.currency().equals(p.spec().currency())) {
            return PENDING_TRANSFER_HAS_DIFFERENT_CURRENCY;
        }
        long amount = t.amount() == Op.FULL ? p.amount() : t.amount();
        if (post && amount > p.amount()) {
            return EXCEEDS_PENDING_TRANSFER_AMOUNT;
        }
        switch (p.state()) {
            case "POSTED" -> {
                return PENDING_TRANSFER_ALREADY_POSTED;
            }
            case "VOIDED" -> {
                return PENDING_TRANSFER_ALREADY_VOIDED;
            }
            case "EXPIRED" -> {
                return PENDING_EXPIRED;
            }
            default -> {}
        }
        if (isDue(p)) {
            return PENDING_EXPIRED;
        }
        Acct d = accounts.get(p.debit());
        Acct c = accounts.get(p.credit());
        long posted = post ? amount : 0;
        d.debitsPending -= p.amount();
        d.debitsPosted += posted;
        c.creditsPending -= p.amount();
        c.creditsPosted += posted;
        transfers.put(
                t.pendingRef(),
                new Stored(p.spec(), p.debit(), p.credit(), p.amount(), post ? "POSTED" : "VOIDED", p.createdAt()));
        transfers.put(t.id(), new Stored(t, p.debit(), p.credit(), amount, "NONE", now));
        return OK;
    }

    private Map<Integer, Acct> copyAccounts() {
        Map<Integer, Acct> copy = new HashMap<>();
        accounts.forEach((k, v) -> copy.put(k, v.copy()));
        return copy;
    }
}
