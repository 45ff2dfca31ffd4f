package io.relaypay.interchange.messages;

import io.relaypay.routing.cost.UsageCounters;
import io.relaypay.routing.graph.Usage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The live counters the router prices with: month-to-date messages per edge, loaded from the
 * recorded routes (so every node sees every node's traffic) at most once per refresh interval and
 * counted up locally in between; and messages per edge in the last second on this node, for the
 * edges' throughput limits. Between two loads a node does not see the other nodes' newest messages,
 * so a quota or tier boundary may be priced a few messages late: the price of not reading the
 * database for every message.
 */
public final class UsageBook {

    private static final int SLICES = 10;
    private static final long SLICE_MILLIS = 1000 / SLICES;

    private final Function<Instant, Map<String, Long>> monthToDate;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration refresh;
    private Map<String, Long> loaded = Map.of();
    private final Map<String, Long> sinceLoad = new HashMap<>();
    private final Map<String, long[]> recent = new HashMap<>();
    private Instant loadedAt = Instant.MIN;
    private Instant loadedMonth = Instant.MIN;

    /**
     * A book over {@code monthToDate}, which counts messages per edge id sent since an instant.
     *
     * @param monthToDate edge id → messages since the given instant
     * @param clock where time comes from
     * @param zone the zone whose calendar months the counters (and subscriptions) follow
     * @param refresh how long a load is trusted
     */
    public UsageBook(Function<Instant, Map<String, Long>> monthToDate, Clock clock, ZoneId zone, Duration refresh) {
        this.monthToDate = Objects.requireNonNull(monthToDate, "monthToDate");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
    }

    /** The counters now. */
    public Usage snapshot() {
        Instant now = clock.instant();
        Instant monthStart = LocalDate.ofInstant(now, zone)
                .withDayOfMonth(1)
                .atStartOfDay(zone)
                .toInstant();
        Map<String, Long> fresh = null;
        synchronized (this) {
            if (!monthStart.equals(loadedMonth) || !now.isBefore(loadedAt.plus(refresh))) {
                loadedAt = now;
                loadedMonth = monthStart;
                fresh = Map.of();
            }
        }
        if (fresh != null) {
            // Read outside the lock: a slow database must not stall the other senders' counting.
            fresh = Map.copyOf(monthToDate.apply(monthStart));
            synchronized (this) {
                loaded = fresh;
                sinceLoad.clear();
            }
        }
        synchronized (this) {
            Map<String, UsageCounters> counters = new HashMap<>();
            loaded.forEach((edge, count) -> counters.put(edge, new UsageCounters(count)));
            sinceLoad.forEach((edge, count) -> counters.merge(
                    edge, new UsageCounters(count), (a, b) -> new UsageCounters(a.monthToDate() + b.monthToDate())));
            Map<String, Integer> lastSecond = new HashMap<>();
            long slice = now.toEpochMilli() / SLICE_MILLIS;
            recent.forEach((edge, slices) -> {
                int count = lastSecond(slices, slice);
                if (count > 0) {
                    lastSecond.put(edge, count);
                }
            });
            return new Usage(counters, lastSecond);
        }
    }

    /** Counts one message sent over {@code edges}. */
    public synchronized void sent(List<String> edges) {
        long slice = clock.millis() / SLICE_MILLIS;
        for (String edge : edges) {
            sinceLoad.merge(edge, 1L, Long::sum);
            long[] slices = recent.computeIfAbsent(edge, e -> new long[2 * SLICES]);
            int at = (int) Math.floorMod(slice, (long) SLICES);
            if (slices[2 * at] != slice) {
                slices[2 * at] = slice;
                slices[2 * at + 1] = 0;
            }
            slices[2 * at + 1]++;
        }
    }

    /** Messages in the slices of the last second: slot {@code 2i} holds a slice number, {@code 2i+1} its count. */
    private static int lastSecond(long[] slices, long current) {
        long total = 0;
        for (int i = 0; i < SLICES; i++) {
            if (slices[2 * i] > current - SLICES && slices[2 * i] <= current) {
                total += slices[2 * i + 1];
            }
        }
        return (int) Math.min(total, Integer.MAX_VALUE);
    }
}
