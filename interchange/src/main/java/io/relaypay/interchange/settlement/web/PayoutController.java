package io.relaypay.interchange.settlement.web;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.merchants.Caller;
import io.relaypay.interchange.settlement.PayoutStore;
import io.relaypay.interchange.settlement.PayoutView;
import io.relaypay.interchange.settlement.Statements;
import io.relaypay.interchange.web.MerchantAuthFilter;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The merchant's payouts and statements: {@code /v1/payouts}, {@code /v1/statements} (docs/settlement.md). */
@RestController
public class PayoutController {

    private static final int MAX_LIMIT = 100;

    private final PayoutStore payouts;
    private final Statements statements;

    PayoutController(PayoutStore payouts, Statements statements) {
        this.payouts = payouts;
        this.statements = statements;
    }

    /** The caller's payouts in its key's mode, newest first. */
    @GetMapping(path = "/v1/payouts", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> list(
            @RequestAttribute(MerchantAuthFilter.CALLER) Caller caller, @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalid("limit", "limit must be 1 to " + MAX_LIMIT);
        }
        return Map.of(
                "object",
                "list",
                "data",
                payouts.ofMerchant(caller.merchantId(), caller.livemode(), limit).stream()
                        .map(PayoutView::of)
                        .toList());
    }

    /** One of the caller's payouts. */
    @GetMapping(path = "/v1/payouts/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> one(
            @RequestAttribute(MerchantAuthFilter.CALLER) Caller caller, @PathVariable String id) {
        return payouts.find(id, caller.merchantId(), caller.livemode())
                .map(PayoutView::of)
                .orElseThrow(() -> ApiException.notFound("payout", id));
    }

    /** The caller's statement for a period, per currency, as JSON or CSV. */
    @GetMapping(path = "/v1/statements")
    public ResponseEntity<?> statement(
            @RequestAttribute(MerchantAuthFilter.CALLER) Caller caller,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "json") String format) {
        var period = PeriodParams.of(from, to);
        return StatementViews.render(
                format,
                "merchant",
                caller.merchantId(),
                statements.ofMerchant(caller.merchantId(), caller.livemode(), period));
    }
}
