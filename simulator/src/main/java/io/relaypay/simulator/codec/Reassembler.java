package io.relaypay.simulator.codec;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Joins the parts of concatenated messages, arriving in any order, into complete messages.
 * Thread-safe. Incomplete sets older than {@code maxAge} are forgotten, so a lost part costs
 * memory only for a while.
 *
 * @param <K> what identifies the conversation (e.g. sender and recipient)
 * @param <P> a part
 */
public final class Reassembler<K, P> {

    private record Key<K>(K conversation, int reference, int total) {}

    private static final class Pending<P> {
        final Instant started;
        final Object[] parts;
        int present;

        Pending(Instant started, int total) {
            this.started = started;
            this.parts = new Object[total];
        }
    }

    private final Map<Key<K>, Pending<P>> pending = new HashMap<>();
    private final Clock clock;
    private final Duration maxAge;

    /** Forgets incomplete sets after {@code maxAge} by {@code clock}. */
    public Reassembler(Clock clock, Duration maxAge) {
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /**
     * Adds a part; returns every part in sequence order once the set is complete. A repeated part
     * number keeps the first copy.
     */
    public synchronized Optional<List<P>> offer(K conversation, Concatenation position, P part) {
        Instant now = clock.instant();
        evictOlderThan(now.minus(maxAge));
        if (position.total() == 1) {
            return Optional.of(List.of(part));
        }
        Key<K> key = new Key<>(conversation, position.reference(), position.total());
        Pending<P> set = pending.computeIfAbsent(key, k -> new Pending<>(now, position.total()));
        int index = position.sequence() - 1;
        if (set.parts[index] == null) {
            set.parts[index] = part;
            set.present++;
        }
        if (set.present < position.total()) {
            return Optional.empty();
        }
        pending.remove(key);
        List<P> complete = new ArrayList<>(set.parts.length);
        for (Object p : set.parts) {
            @SuppressWarnings("unchecked")
            P typed = (P) p;
            complete.add(typed);
        }
        return Optional.of(complete);
    }

    /** Sets still waiting for parts. */
    public synchronized int incomplete() {
        return pending.size();
    }

    private void evictOlderThan(Instant limit) {
        for (Iterator<Pending<P>> it = pending.values().iterator(); it.hasNext(); ) {
            if (it.next().started.isBefore(limit)) {
                it.remove();
            }
        }
    }
}
