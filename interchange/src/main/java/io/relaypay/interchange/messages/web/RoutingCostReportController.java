package io.relaypay.interchange.messages.web;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.config.RoutingProperties;
import io.relaypay.interchange.messages.RouteRecords;
import io.relaypay.routing.report.CostReport;
import io.relaypay.routing.report.CostTotal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /admin/v1/reports/routing-costs?from=YYYY-MM-DD&to=YYYY-MM-DD}: what sent messages
 * cost per entry controller and per carrier, by day (both dates included) in the routing zone;
 * routing's {@link CostReport} over the recorded routes.
 */
@RestController
public class RoutingCostReportController {

    /** The longest range one report covers. */
    static final int MAX_DAYS = 366;

    private final RouteRecords routes;
    private final ZoneId zone;
    private final String currency;

    RoutingCostReportController(RouteRecords routes, RoutingProperties routing) {
        this.routes = routes;
        this.zone = routing.zone();
        this.currency = routing.costCurrency();
    }

    /** The report. */
    @GetMapping(path = "/admin/v1/reports/routing-costs", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> report(@RequestParam String from, @RequestParam String to) {
        LocalDate first = date(from, "from");
        LocalDate last = date(to, "to");
        if (last.isBefore(first)) {
            throw ApiException.invalid("to", "to must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ApiException.invalid("to", "a report covers at most " + MAX_DAYS + " days");
        }
        CostReport report = CostReport.of(
                routes.sentBetween(
                        first.atStartOfDay(zone).toInstant(),
                        last.plusDays(1).atStartOfDay(zone).toInstant()),
                zone);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("object", "routing_cost_report");
        view.put("from", first.toString());
        view.put("to", last.toString());
        view.put("zone", zone.getId());
        view.put("cost_currency", currency);
        view.put("controllers", cells(report.byController(), "controller"));
        view.put("carriers", cells(report.byCarrier(), "carrier"));
        long messages = 0;
        long cost = 0;
        for (SortedMap<String, CostTotal> day : report.byController().values()) {
            for (CostTotal total : day.values()) {
                messages += total.messages();
                cost = Math.addExact(cost, total.costMicros());
            }
        }
        view.put("total", Map.of("messages", messages, "cost_micros", cost));
        return view;
    }

    private static List<Map<String, Object>> cells(
            SortedMap<LocalDate, SortedMap<String, CostTotal>> days, String key) {
        List<Map<String, Object>> cells = new ArrayList<>();
        days.forEach((day, totals) -> totals.forEach((name, total) -> {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("day", day.toString());
            cell.put(key, name);
            cell.put("messages", total.messages());
            cell.put("cost_micros", total.costMicros());
            cells.add(cell);
        }));
        return cells;
    }

    private static LocalDate date(String text, String param) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(param, param + " must be a date as YYYY-MM-DD");
        }
    }
}
