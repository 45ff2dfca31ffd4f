package io.relaypay.ledger.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Splits a batch into linked chains and applies each as one: a chain's writes reach the batch only
 * if every event in it succeeds. Shared by accounts and transfers.
 *
 * @param <E> the event (an account or a transfer to create)
 * @param <R> its result code
 */
final class LinkedChains<E, R> {

    private final Predicate<E> linked;
    private final Predicate<R> success;
    private final R linkedEventFailed;
    private final R chainOpen;

    LinkedChains(Predicate<E> linked, Predicate<R> success, R linkedEventFailed, R chainOpen) {
        this.linked = linked;
        this.success = success;
        this.linkedEventFailed = linkedEventFailed;
        this.chainOpen = chainOpen;
    }

    /**
     * Applies every event in order. {@code applyOne} must write to the changeset it is given only
     * when it returns a success code.
     */
    List<R> apply(List<E> events, Changeset batch, BiFunction<E, Changeset, R> applyOne) {
        @SuppressWarnings("unchecked")
        R[] results = (R[]) new Object[events.size()];
        int start = 0;
        while (start < events.size()) {
            int end = start;
            while (end < events.size() && linked.test(events.get(end))) {
                end++;
            }
            if (end == start) {
                results[start] = applyOne.apply(events.get(start), batch);
                start++;
                continue;
            }
            if (end == events.size()) {
                Arrays.fill(results, start, end, linkedEventFailed);
                results[end - 1] = chainOpen;
                break;
            }
            applyChain(events, start, end, batch, applyOne, results);
            start = end + 1;
        }
        return new ArrayList<>(Arrays.asList(results));
    }

    /** Applies events {@code start..end} inclusive; the last one closes the chain. */
    private void applyChain(
            List<E> events, int start, int end, Changeset batch, BiFunction<E, Changeset, R> applyOne, R[] results) {
        Changeset chain = batch.child();
        for (int i = start; i <= end; i++) {
            R result = applyOne.apply(events.get(i), chain);
            if (!success.test(result)) {
                Arrays.fill(results, start, end + 1, linkedEventFailed);
                results[i] = result;
                return;
            }
            results[i] = result;
        }
        chain.mergeIntoParent(batch);
    }
}
