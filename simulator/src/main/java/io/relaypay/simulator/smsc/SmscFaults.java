package io.relaypay.simulator.smsc;

import io.relaypay.simulator.IdFormat;
import io.relaypay.simulator.SmscConfig;
import java.time.Duration;
import java.util.Optional;

/** The injected faults and runtime settings of one SMSC; every method is thread-safe. */
final class SmscFaults {

    private boolean throttled;
    private int rejectsLeft;
    private int rejectStatus;
    private boolean refuseBinds;
    private boolean dropReceipts;
    private Duration receiptDelay;
    private IdFormat submitIdFormat;
    private IdFormat receiptIdFormat;

    SmscFaults(SmscConfig config) {
        this.receiptDelay = config.dlrDelay();
        this.submitIdFormat = config.submitIdFormat();
        this.receiptIdFormat = config.dlrIdFormat();
    }

    /** The status the next submit_sm must be refused with, if a fault says so; consumes one reject. */
    synchronized Optional<Integer> refusal() {
        if (throttled) {
            return Optional.of(SmppStatus.ESME_RTHROTTLED);
        }
        if (rejectsLeft > 0) {
            rejectsLeft--;
            return Optional.of(rejectStatus);
        }
        return Optional.empty();
    }

    synchronized void rejectNext(int count, int status) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        rejectsLeft = count;
        rejectStatus = status;
    }

    synchronized void throttle(boolean on) {
        throttled = on;
    }

    synchronized boolean refuseBinds() {
        return refuseBinds;
    }

    synchronized void refuseBinds(boolean on) {
        refuseBinds = on;
    }

    synchronized boolean dropReceipts() {
        return dropReceipts;
    }

    synchronized void dropReceipts(boolean on) {
        dropReceipts = on;
    }

    synchronized Duration receiptDelay() {
        return receiptDelay;
    }

    synchronized void receiptDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        receiptDelay = delay;
    }

    synchronized IdFormat submitIdFormat() {
        return submitIdFormat;
    }

    synchronized IdFormat receiptIdFormat() {
        return receiptIdFormat;
    }

    synchronized void idFormats(IdFormat submit, IdFormat receipt) {
        submitIdFormat = java.util.Objects.requireNonNull(submit);
        receiptIdFormat = java.util.Objects.requireNonNull(receipt);
    }
}
