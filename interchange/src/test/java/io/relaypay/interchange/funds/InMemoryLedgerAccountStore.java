package io.relaypay.interchange.funds;

import io.relaypay.ledger.domain.AccountId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ledger account index in a map. */
final class InMemoryLedgerAccountStore implements LedgerAccountStore {

    private final Map<AccountId, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized void remember(Row row) {
        rows.putIfAbsent(row.accountId(), row);
    }

    @Override
    public synchronized List<Row> ownedBy(String owner) {
        return rows.values().stream()
                .filter(r -> r.owner().equals(owner))
                .sorted(Comparator.comparing(Row::purpose)
                        .thenComparing(Row::livemode)
                        .thenComparing(Row::currency))
                .toList();
    }

    @Override
    public synchronized Optional<Row> byAccountId(AccountId accountId) {
        return Optional.ofNullable(rows.get(accountId));
    }

    /** Every account opened so far. */
    synchronized List<Row> all() {
        return new ArrayList<>(rows.values());
    }
}
