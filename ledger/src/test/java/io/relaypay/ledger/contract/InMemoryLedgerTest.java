package io.relaypay.ledger.contract;

import io.relaypay.ledger.domain.InMemoryLedger;
import io.relaypay.ledger.domain.Ledger;
import java.time.Clock;

/** The ledger contract on the in-memory ledger. */
class InMemoryLedgerTest extends LedgerContract {

    @Override
    protected Ledger newLedger(Clock clock) {
        return new InMemoryLedger(clock);
    }
}
