package io.relaypay.interchange.settlement;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.funds.BookAccount;
import io.relaypay.interchange.funds.Entry;
import io.relaypay.interchange.funds.LedgerAccounts;
import io.relaypay.interchange.funds.LedgerIds;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.domain.Transfer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a carrier's remittance: matches it line by line (by the carrier's charge reference)
 * against the charges the carrier owes for (settled operator billing payments, billed premium plan
 * items, credited premium MOs, phone-bill funding deposits) and owes back (refunds to the phone
 * bill, negative lines), books the net cash against the carrier's receivable, and records every
 * mismatch: {@code missing}, {@code unexpected}, {@code amount_differs}.
 *
 * <p>Booking: the settlement bank account is debited with the whole sum; the receivable is credited
 * with what matches something owed (per line, at most its payable; a refund line, negative, at most
 * its negative payable), the suspense account with the rest; when refunds outweigh charges, the
 * receivable is debited instead. Both transfers are linked and their ids derived from the
 * remittance, so a repeat of the import (same carrier, mode and reference) finds the stored match
 * and the ledger answers {@code exists}; a reconciliation whose booking was interrupted is booked
 * by {@link #bookStuck}.
 */
public final class Remittances {

    private static final Logger log = LoggerFactory.getLogger(Remittances.class);

    private final RemittanceStore store;
    private final RemittanceSource source;
    private final Ledger ledger;
    private final LedgerAccounts accounts;
    private final Ids ids;
    private final Clock clock;

    /** Imports over these parts. */
    public Remittances(
            RemittanceStore store,
            RemittanceSource source,
            Ledger ledger,
            LedgerAccounts accounts,
            Ids ids,
            Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.source = Objects.requireNonNull(source, "source");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Fetches the carrier's remittance for {@code period} and imports it. */
    public Reconciliation fetchAndImport(String carrier, Period period, boolean livemode) {
        return importRemittance(source.fetch(carrier, period), livemode);
    }

    /** Imports a remittance; the same reference again answers the first import. */
    public Reconciliation importRemittance(Remittance remittance, boolean livemode) {
        Reconciliation stored = store.find(remittance.carrier(), livemode, remittance.reference())
                .orElseGet(() -> store.insertIfAbsent(match(remittance, livemode)));
        return book(stored);
    }

    /** The reconciliation with this id. */
    public java.util.Optional<Reconciliation> find(String id) {
        return store.find(id);
    }

    /** Books reconciliations whose booking was interrupted; how many. */
    public int bookStuck(Instant before, int limit) {
        List<Reconciliation> stuck = store.unbooked(before, limit);
        stuck.forEach(this::book);
        return stuck.size();
    }

    private Reconciliation match(Remittance remittance, boolean livemode) {
        Map<String, RemittanceStore.Owed> owed = new LinkedHashMap<>();
        for (RemittanceStore.Owed o : store.owed(
                remittance.carrier(),
                livemode,
                remittance.currency(),
                remittance.period().end())) {
            owed.put(o.chargeId(), o);
        }
        Map<String, Long> remitted = new LinkedHashMap<>();
        remittance.lines().forEach(l -> remitted.merge(l.chargeId(), l.amount(), Long::sum));
        Set<String> earlier = new HashSet<>(
                store.alreadyRemitted(remittance.carrier(), livemode, new ArrayList<>(remitted.keySet())));
        List<Reconciliation.Line> lines = new ArrayList<>();
        long matched = 0;
        for (Map.Entry<String, Long> line : remitted.entrySet()) {
            RemittanceStore.Owed o = earlier.contains(line.getKey()) ? null : owed.get(line.getKey());
            if (o == null) {
                lines.add(new Reconciliation.Line(
                        line.getKey(), null, 0, line.getValue(), Reconciliation.Outcome.UNEXPECTED));
                continue;
            }
            long paid = line.getValue();
            matched += matchedOf(paid, o.payable());
            lines.add(new Reconciliation.Line(
                    o.chargeId(),
                    o.paymentId(),
                    o.payable(),
                    paid,
                    paid == o.payable() ? Reconciliation.Outcome.MATCHED : Reconciliation.Outcome.AMOUNT_DIFFERS));
        }
        Map<String, Boolean> seen = new HashMap<>();
        remitted.keySet().forEach(k -> seen.put(k, true));
        for (RemittanceStore.Owed o : owed.values()) {
            if (!seen.containsKey(o.chargeId())) {
                lines.add(new Reconciliation.Line(
                        o.chargeId(), o.paymentId(), o.payable(), 0, Reconciliation.Outcome.MISSING));
            }
        }
        long total = remittance.total();
        return new Reconciliation(
                ids.next("rem"), remittance, livemode, matched, total - matched, false, lines, clock.instant());
    }

    /**
     * What of {@code paid} settles a charge owed {@code payable}: at most the payable, and for a
     * refund to the bill (a negative payable, the carrier taking back what it gave the subscriber)
     * at most that much back; the rest goes to suspense.
     */
    private static long matchedOf(long paid, long payable) {
        return payable >= 0 ? Math.max(0, Math.min(paid, payable)) : Math.min(0, Math.max(paid, payable));
    }

    private Reconciliation book(Reconciliation r) {
        if (r.booked()) {
            return r;
        }
        Remittance remittance = r.remittance();
        String currency = remittance.currency();
        AccountId bank = accounts.open(new BookAccount.SettlementBank(), currency, r.livemode());
        List<Transfer.Builder> chain = new ArrayList<>();
        if (r.matched() != 0) {
            // Refunds to the bill matched in a period with fewer charges: the carrier takes back
            // from the bank what the refund bookings put back on its receivable.
            boolean paidIn = r.matched() > 0;
            AccountId receivable =
                    accounts.open(new BookAccount.CarrierReceivable(remittance.carrier()), currency, r.livemode());
            chain.add(Transfer.builder(LedgerIds.transfer(r.id(), "remittance"))
                    .debit(paidIn ? bank : receivable)
                    .credit(paidIn ? receivable : bank)
                    .amount(Math.abs(r.matched())));
        }
        if (r.unmatched() != 0) {
            // A remittance that paid less than it matched (negative lines) takes the rest back from suspense.
            boolean surplus = r.unmatched() > 0;
            AccountId suspense = accounts.open(new BookAccount.Suspense(), currency, r.livemode());
            chain.add(Transfer.builder(LedgerIds.transfer(r.id(), "remittance-unmatched"))
                    .debit(surplus ? bank : suspense)
                    .credit(surplus ? suspense : bank)
                    .amount(Math.abs(r.unmatched())));
        }
        List<Transfer> transfers = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            Transfer.Builder b = chain.get(i).currency(currency).code(Entry.REMITTANCE.code());
            // Linked: the cash is never booked half against the receivable and half nowhere.
            transfers.add((i < chain.size() - 1 ? b.linked() : b).build());
        }
        if (!transfers.isEmpty()) {
            List<CreateTransferResult> results = ledger.createTransfers(transfers);
            if (!results.stream().allMatch(CreateTransferResult::isSuccess)) {
                throw new IllegalStateException("ledger refused remittance " + r.id() + ": "
                        + results.stream().map(CreateTransferResult::code).toList());
            }
        }
        store.markBooked(r.id());
        log.info(
                "remittance={} carrier={} reference={} matched={} unmatched={} mismatches={}",
                r.id(),
                remittance.carrier(),
                remittance.reference(),
                r.matched(),
                r.unmatched(),
                r.mismatches().size());
        return new Reconciliation(
                r.id(), remittance, r.livemode(), r.matched(), r.unmatched(), true, r.lines(), r.createdAt());
    }
}
