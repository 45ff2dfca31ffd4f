package io.relaypay.interchange.deposits;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over every waiting deposit state, safe on many nodes at once (each step is a
 * compare-and-set): expires unconfirmed requests, sends the items whose day has come, follows
 * the receipts of sent items, settles deposits whose items are all settled, and credits stored
 * premium MOs.
 */
public final class DepositJanitor {

    private static final Logger log = LoggerFactory.getLogger(DepositJanitor.class);

    private final DepositConfirmations confirmations;
    private final DepositCharges charges;
    private final DepositStore store;
    private final PremiumMoCredits premiumMos;
    private final int batch;
    private final java.time.Clock clock;

    /** A janitor handling up to {@code batch} rows of each kind a pass. */
    public DepositJanitor(
            DepositConfirmations confirmations,
            DepositCharges charges,
            DepositStore store,
            PremiumMoCredits premiumMos,
            int batch,
            java.time.Clock clock) {
        this.premiumMos = Objects.requireNonNull(premiumMos, "premiumMos");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.confirmations = Objects.requireNonNull(confirmations, "confirmations");
        this.charges = Objects.requireNonNull(charges, "charges");
        this.store = Objects.requireNonNull(store, "store");
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1");
        }
        this.batch = batch;
    }

    /** One pass; a failing item is logged and left for the next pass. */
    public void tick() {
        java.time.Instant now = clock.instant();
        confirmations.expireUnconfirmed(batch);
        for (PlanItem item : store.dueItems(now, batch)) {
            guarded(item, () -> charges.send(item));
        }
        for (PlanItem item : store.sentItems(batch)) {
            guarded(item, () -> charges.follow(item));
        }
        for (String id : store.settledInProgress(batch)) {
            charges.finish(id);
        }
        premiumMos.creditPending(batch);
    }

    private static void guarded(PlanItem item, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.warn(
                    "deposit={} item={} step failed; retried next pass: {}",
                    item.depositId(),
                    item.seq(),
                    e.toString());
        }
    }
}
