package io.relaypay.interchange.settlement.web;

import io.relaypay.interchange.common.Amounts;
import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.settlement.Period;
import io.relaypay.interchange.settlement.Reconciliation;
import io.relaypay.interchange.settlement.Remittance;
import io.relaypay.interchange.settlement.Remittances;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Admin API for carrier remittances: import one posted by an operator or fetched from the carrier,
 * and read its line-by-line match and mismatch report (docs/settlement.md).
 */
@RestController
@RequestMapping(path = "/admin/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class AdminRemittanceController {

    private static final Set<String> POSTED_FIELDS = Set.of("reference", "currency", "from", "to", "livemode", "lines");
    private static final Set<String> FETCH_FIELDS = Set.of("from", "to", "livemode");

    private final Remittances remittances;

    AdminRemittanceController(Remittances remittances) {
        this.remittances = remittances;
    }

    /** Imports a remittance as posted; the same reference again answers the first import. */
    @PostMapping(path = "/carriers/{name}/remittances", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> post(@PathVariable String name, @RequestBody(required = false) JsonNode body) {
        JsonNode json = object(body, POSTED_FIELDS);
        String currency = Amounts.currency(text(json, "currency"), "currency").getCurrencyCode();
        Period period = PeriodParams.of(text(json, "from"), text(json, "to"));
        List<Remittance.Line> lines = new ArrayList<>();
        JsonNode items = json.path("lines");
        if (!items.isArray()) {
            throw ApiException.invalid("lines", "lines must be a list of {charge_id, amount}");
        }
        for (JsonNode item : items) {
            if (!item.path("charge_id").isString() || !item.path("amount").isIntegralNumber()) {
                throw ApiException.invalid("lines", "each line needs a charge_id (text) and an amount (integer)");
            }
            lines.add(new Remittance.Line(
                    item.get("charge_id").asString(), item.get("amount").asLong()));
        }
        String reference = text(json, "reference");
        if (reference.length() > 100) {
            throw ApiException.invalid("reference", "reference must be at most 100 characters");
        }
        return view(remittances.importRemittance(
                new Remittance(reference, name, currency, period, lines),
                json.path("livemode").asBoolean(false)));
    }

    /** Fetches the carrier's remittance for a period from its API and imports it. */
    @PostMapping(path = "/carriers/{name}/remittances/fetch", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> fetch(@PathVariable String name, @RequestBody(required = false) JsonNode body) {
        JsonNode json = object(body, FETCH_FIELDS);
        Period period = PeriodParams.of(text(json, "from"), text(json, "to"));
        try {
            return view(remittances.fetchAndImport(
                    name, period, json.path("livemode").asBoolean(false)));
        } catch (IllegalStateException e) {
            throw new ApiException(io.relaypay.interchange.common.ProblemType.SINK_UNAVAILABLE, e.getMessage());
        }
    }

    /** One imported remittance with every line's outcome. */
    @GetMapping("/remittances/{id}")
    public Map<String, Object> one(@PathVariable String id) {
        return remittances
                .find(id)
                .map(AdminRemittanceController::view)
                .orElseThrow(() -> ApiException.notFound("remittance", id));
    }

    /** The mismatch report of a remittance: missing, unexpected and amount_differs lines. */
    @GetMapping("/remittances/{id}/mismatches")
    public Map<String, Object> mismatches(@PathVariable String id) {
        Reconciliation r = remittances.find(id).orElseThrow(() -> ApiException.notFound("remittance", id));
        return Map.of(
                "object",
                "list",
                "data",
                r.mismatches().stream().map(AdminRemittanceController::line).toList());
    }

    private static Map<String, Object> view(Reconciliation r) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", r.id());
        view.put("object", "remittance");
        view.put("carrier", r.remittance().carrier());
        view.put("reference", r.remittance().reference());
        view.put("currency", r.remittance().currency());
        view.put("livemode", r.livemode());
        view.put("period_start", r.remittance().period().start().toString());
        view.put("period_end", r.remittance().period().end().toString());
        view.put("total", r.remittance().total());
        view.put("matched", r.matched());
        view.put("unmatched", r.unmatched());
        view.put("booked", r.booked());
        Map<String, Long> counts = new HashMap<>();
        r.lines().forEach(l -> counts.merge(l.outcome().wire(), 1L, Long::sum));
        view.put("counts", counts);
        view.put(
                "mismatches",
                r.mismatches().stream().map(AdminRemittanceController::line).toList());
        return view;
    }

    private static Map<String, Object> line(Reconciliation.Line l) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("charge_id", l.chargeId());
        view.put("payment", l.paymentId());
        view.put("outcome", l.outcome().wire());
        view.put("expected", l.expected());
        view.put("remitted", l.remitted());
        return view;
    }

    private static JsonNode object(JsonNode body, Set<String> allowed) {
        io.relaypay.interchange.web.JsonFields.of(body, allowed);
        return body == null ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode() : body;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            throw ApiException.invalid(field, field + " is required");
        }
        return value.asString();
    }
}
