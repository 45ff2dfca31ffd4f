package io.relaypay.simulator.network;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only list with cheap appends and copied reads. Not a CopyOnWriteArrayList: a benchmark
 * appends tens of thousands of messages to one inbox, and copying on every append is quadratic.
 */
final class Log<T> {

    private final List<T> items = new ArrayList<>();

    synchronized void add(T item) {
        items.add(item);
    }

    synchronized List<T> snapshot() {
        return List.copyOf(items);
    }

    synchronized int size() {
        return items.size();
    }
}
