package io.relaypay.interchange.decisions.web;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.decisions.DecisionLog;
import io.relaypay.interchange.decisions.DecisionRules;
import io.relaypay.interchange.decisions.StoredRules;
import io.relaypay.interchange.web.JsonFields;
import io.relaypay.routing.decision.Reason;
import io.relaypay.routing.decision.RuleSetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The decision rules and decisions for operators: {@code GET|PUT /admin/v1/decision-rules} (the
 * rule text as {@code text/plain}, or JSON {@code {"rules": "..."}}) and {@code GET
 * /admin/v1/decisions/{paymentId}}. Rules that do not parse are refused with 400 naming the line,
 * and the rules in force stay.
 */
@RestController
public class AdminDecisionController {

    /** Longest rule text accepted (the column's size). */
    static final int MAX_RULE_TEXT = 100_000;

    private final DecisionRules rules;
    private final DecisionLog decisions;

    AdminDecisionController(DecisionRules rules, DecisionLog decisions) {
        this.rules = rules;
        this.decisions = decisions;
    }

    /** The rules in force. */
    @GetMapping(path = "/admin/v1/decision-rules", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> current() {
        return view(rules.current());
    }

    /** Replaces the rules with the text body. */
    @PutMapping(
            path = "/admin/v1/decision-rules",
            consumes = MediaType.TEXT_PLAIN_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> replaceText(@RequestBody(required = false) String text) {
        return replace(text == null ? "" : text);
    }

    /** Replaces the rules with {@code {"rules": "..."}}. */
    @PutMapping(
            path = "/admin/v1/decision-rules",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> replaceJson(@RequestBody(required = false) JsonNode body) {
        return replace(JsonFields.of(body, Set.of("rules")).requiredString("rules"));
    }

    /** The decisions taken on a payment, newest first. */
    @GetMapping(path = "/admin/v1/decisions/{paymentId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> decisions(@PathVariable String paymentId) {
        List<DecisionLog.StoredDecision> found = decisions.forPayment(paymentId);
        if (found.isEmpty()) {
            throw ApiException.notFound("decision for payment", paymentId);
        }
        return Map.of(
                "object",
                "list",
                "payment",
                paymentId,
                "data",
                found.stream().map(AdminDecisionController::view).toList());
    }

    private Map<String, Object> replace(String text) {
        if (text.isBlank()) {
            throw ApiException.invalid("rules", "send the rule text (text/plain, or JSON {\"rules\": \"...\"})");
        }
        if (text.length() > MAX_RULE_TEXT) {
            throw ApiException.invalid("rules", "rule text is at most " + MAX_RULE_TEXT + " characters");
        }
        try {
            return view(rules.replace(text, "admin"));
        } catch (RuleSetException e) {
            throw ApiException.invalid("rules", e.getMessage());
        } catch (IllegalStateException concurrent) {
            throw new ApiException(ProblemType.INVALID_STATE, concurrent.getMessage());
        }
    }

    private static Map<String, Object> view(StoredRules stored) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("object", "decision_rules");
        view.put("version", stored.version());
        view.put("label", stored.label());
        view.put("source", stored.source());
        view.put("created_at", stored.createdAt().toString());
        view.put("rules", stored.text());
        return view;
    }

    private static Map<String, Object> view(DecisionLog.StoredDecision d) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", d.id());
        view.put("object", "decision");
        view.put("payment", d.paymentId());
        view.put("outcome", d.allowed() ? "allow" : "deny");
        view.put("confirmation", d.confirmation().toLowerCase(java.util.Locale.ROOT));
        view.put(
                "reasons",
                d.reasons().stream().map(AdminDecisionController::reason).toList());
        view.put("fired_rules", d.firedRules());
        view.put("rule_set", d.ruleSetLabel());
        view.put("rules_version", d.rulesVersion());
        view.put("amount", d.amount());
        view.put("currency", d.currency());
        view.put("carrier", d.carrier());
        view.put("country", d.country());
        view.put("decided_at", d.decidedAt().toString());
        return view;
    }

    private static Map<String, Object> reason(Reason reason) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", reason.code());
        view.put("message", reason.message());
        view.put("rule", reason.ruleId());
        view.put("denies", reason.denies());
        return view;
    }
}
