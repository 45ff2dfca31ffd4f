package io.relaypay.interchange.settlement;

import io.relaypay.interchange.funds.Entry;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.domain.TransferFlag;
import io.relaypay.ledger.domain.TransferPage;
import io.relaypay.ledger.domain.TransferRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Reads an account's posted changes from the ledger, oldest first. Statements and payouts are
 * computed from these and nothing else, so they cannot drift from the books.
 *
 * <p>Holds are left out (they change no posted balance); their posts are in, with the accounts and
 * amount the ledger resolved. This reads every page of the account: fine for the account sizes of
 * today, and the place to add a per-period index when merchants have millions of entries.
 */
public final class LedgerMovements {

    private static final int PAGE = 1_000;

    private final Ledger ledger;

    /** Movements on {@code ledger}. */
    public LedgerMovements(Ledger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** Every posted change of {@code account}, oldest first. */
    public List<Movement> of(AccountId account) {
        List<Movement> movements = new ArrayList<>();
        long before = Long.MAX_VALUE;
        while (true) {
            TransferPage page = ledger.transfersOf(account, before, PAGE);
            for (TransferRecord record : page.transfers()) {
                var t = record.transfer();
                if (t.has(TransferFlag.PENDING) || t.has(TransferFlag.VOID_PENDING)) {
                    continue;
                }
                long signed = t.creditAccountId().equals(account) ? t.amount() : -t.amount();
                movements.add(new Movement(
                        t.id().toString(), Entry.of(t.code()), signed, record.createdAt(), java.util.Optional.empty()));
            }
            if (page.nextBefore().isEmpty()) {
                break;
            }
            before = page.nextBefore().getAsLong();
        }
        Collections.reverse(movements);
        return movements;
    }
}
