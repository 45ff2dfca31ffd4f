package io.relaypay.routing.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Cost per controller and per carrier, by day, over recorded {@link SentRoute}s. A message counts
 * once for the controller the interchange handed it to (the one that bills us) and once for the
 * carrier that delivered it (a message the agent delivered passed no carrier and counts only for its
 * controller); the full path stays in the record for audits.
 */
public final class CostReport {

    private final SortedMap<LocalDate, SortedMap<String, CostTotal>> byController;
    private final SortedMap<LocalDate, SortedMap<String, CostTotal>> byCarrier;

    private CostReport(
            SortedMap<LocalDate, SortedMap<String, CostTotal>> byController,
            SortedMap<LocalDate, SortedMap<String, CostTotal>> byCarrier) {
        this.byController = byController;
        this.byCarrier = byCarrier;
    }

    /** Totals {@code routes} by calendar day in {@code zone}. */
    public static CostReport of(Collection<SentRoute> routes, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return new CostReport(
                totals(routes, zone, route -> Optional.of(route.entryController())),
                totals(routes, zone, SentRoute::carrier));
    }

    /** Day → controller → total, days and controllers in order. */
    public SortedMap<LocalDate, SortedMap<String, CostTotal>> byController() {
        return byController;
    }

    /** Day → carrier → total, days and carriers in order; routes without a carrier are not in it. */
    public SortedMap<LocalDate, SortedMap<String, CostTotal>> byCarrier() {
        return byCarrier;
    }

    private static SortedMap<LocalDate, SortedMap<String, CostTotal>> totals(
            Collection<SentRoute> routes, ZoneId zone, Function<SentRoute, Optional<String>> key) {
        var days = new TreeMap<LocalDate, SortedMap<String, CostTotal>>();
        for (SentRoute route : routes) {
            Optional<String> cell = key.apply(route);
            if (cell.isEmpty()) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(route.sentAt(), zone);
            days.computeIfAbsent(day, d -> new TreeMap<>())
                    .merge(cell.get(), CostTotal.ZERO.plus(route.costMicros()), CostReport::sum);
        }
        days.replaceAll((day, cells) -> Collections.unmodifiableSortedMap(cells));
        return Collections.unmodifiableSortedMap(days);
    }

    private static CostTotal sum(CostTotal a, CostTotal b) {
        return new CostTotal(a.messages() + b.messages(), Math.addExact(a.costMicros(), b.costMicros()));
    }
}
