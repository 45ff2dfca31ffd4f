package io.relaypay.interchange.users.web;

import io.relaypay.interchange.config.RelaypayProperties;
import io.relaypay.interchange.decisions.DecisionLog;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentView;
import io.relaypay.interchange.payments.SettledFundings;
import io.relaypay.interchange.users.BuyerPayments;
import io.relaypay.interchange.users.PaymentLookups;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * Admin lookups of payments (docs/admin.md): {@code GET /admin/v1/payments/{id}} finds any
 * merchant's payment, with its merchant, buyer, decisions and messages; {@code GET
 * /admin/v1/payments?phone=…} lists a buyer's payments across merchants and modes, newest first.
 */
@RestController
@RequestMapping(path = "/admin/v1/payments", produces = MediaType.APPLICATION_JSON_VALUE)
public class AdminPaymentController {

    private final PaymentLookups lookups;
    private final RelaypayProperties properties;
    private final ObjectMapper json;
    private final SettledFundings settled;

    AdminPaymentController(
            PaymentLookups lookups, RelaypayProperties properties, ObjectMapper json, SettledFundings settled) {
        this.settled = settled;
        this.lookups = lookups;
        this.properties = properties;
        this.json = json;
    }

    /** One payment with its trail. */
    @GetMapping("/{id}")
    public Map<String, Object> payment(@PathVariable String id) {
        PaymentLookups.Details details = lookups.details(id);
        Map<String, Object> view = view(details.payment());
        view.put(
                "decisions",
                details.decisions().stream()
                        .map(AdminPaymentController::decision)
                        .toList());
        view.put(
                "messages",
                details.messages().stream().map(AdminPaymentController::message).toList());
        return view;
    }

    /** A buyer's payments, newest first. */
    @GetMapping
    public Map<String, Object> ofBuyer(
            @RequestParam String phone,
            @RequestParam(defaultValue = "20") int limit,
            @RequestParam(name = "starting_after", required = false) String startingAfter) {
        PaymentLookups.Page page = lookups.ofBuyer(phone, Optional.ofNullable(startingAfter), limit);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("object", "list");
        view.put("data", page.payments().stream().map(this::view).toList());
        view.put("has_more", page.hasMore());
        return view;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> view(Payment payment) {
        // The merchant API's view (same names, same snake_case), plus what only operators see.
        Map<String, Object> view = new LinkedHashMap<>(json.convertValue(
                PaymentView.of(payment, properties.publicUrl(), settled.of(payment.id())), Map.class));
        view.put("merchant", payment.merchantId());
        view.put("user", payment.userId().orElse(null));
        return view;
    }

    private static Map<String, Object> decision(DecisionLog.StoredDecision d) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", d.id());
        view.put("outcome", d.allowed() ? "allow" : "deny");
        view.put("confirmation", d.confirmation().toLowerCase(Locale.ROOT));
        view.put("reasons", d.reasons().stream().map(r -> r.code()).toList());
        view.put("decided_at", d.decidedAt().getEpochSecond());
        return view;
    }

    private static Map<String, Object> message(BuyerPayments.SentMessage m) {
        return Map.of("id", m.id(), "purpose", m.purpose());
    }
}
