package io.relaypay.simulator.smsc;

import io.relaypay.simulator.SubmitSmRecord;
import java.util.ArrayDeque;
import java.util.List;

/** The last {@code capacity} accepted submits; older ones are forgotten so a benchmark stays small. */
final class SubmitHistory {

    private final int capacity;
    private final ArrayDeque<SubmitSmRecord> records;

    SubmitHistory(int capacity) {
        this.capacity = capacity;
        this.records = new ArrayDeque<>(capacity);
    }

    synchronized void add(SubmitSmRecord record) {
        if (records.size() == capacity) {
            records.removeFirst();
        }
        records.addLast(record);
    }

    synchronized List<SubmitSmRecord> snapshot() {
        return List.copyOf(records);
    }
}
