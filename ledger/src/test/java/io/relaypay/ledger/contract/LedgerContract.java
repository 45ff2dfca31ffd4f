package io.relaypay.ledger.contract;

import io.relaypay.ledger.domain.Ledger;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/**
 * The behaviour every {@link Ledger} implementation must have. A backend subclasses this and
 * supplies the ledger; the same specification, one part per file, then runs in memory, on H2 and on
 * PostgreSQL.
 */
public abstract class LedgerContract {

    /** A fresh, empty ledger on this backend, reading time from {@code clock}. */
    protected abstract Ledger newLedger(Clock clock);

    @Nested
    class Accounts extends AccountSpec {
        @Override
        protected Ledger newLedger(Clock clock) {
            return LedgerContract.this.newLedger(clock);
        }
    }

    @Nested
    class SinglePhase extends SinglePhaseSpec {
        @Override
        protected Ledger newLedger(Clock clock) {
            return LedgerContract.this.newLedger(clock);
        }
    }

    @Nested
    class Linked extends LinkedTransferSpec {
        @Override
        protected Ledger newLedger(Clock clock) {
            return LedgerContract.this.newLedger(clock);
        }
    }

    @Nested
    class TwoPhase extends TwoPhaseSpec {
        @Override
        protected Ledger newLedger(Clock clock) {
            return LedgerContract.this.newLedger(clock);
        }
    }

    @Nested
    class History extends HistorySpec {
        @Override
        protected Ledger newLedger(Clock clock) {
            return LedgerContract.this.newLedger(clock);
        }
    }
}
