package io.relaypay.interchange.funding.web;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.funding.Deposit;
import io.relaypay.interchange.funding.DepositRefund;
import io.relaypay.interchange.funding.DepositRefunds;
import io.relaypay.interchange.funding.Deposits;
import io.relaypay.interchange.funding.FundingKind;
import io.relaypay.interchange.funding.NewDeposit;
import io.relaypay.interchange.web.JsonFields;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Admin API for deposits from a card, bank account, stored-value account or the phone bill
 * (docs/deposits.md): start one for a user, confirm it with the SMS code or PIN, answer a card's
 * challenge, look at it, and give it back to its instrument.
 */
@RestController
@RequestMapping(path = "/admin/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class AdminFundingDepositController {

    private static final Set<String> START_FIELDS =
            Set.of("funding_method", "linked_account", "amount", "currency", "confirm_by", "livemode");
    private static final Set<String> CONFIRM_FIELDS = Set.of("code", "pin");
    private static final Set<String> CHALLENGE_FIELDS = Set.of("code");

    private static final Set<String> REFUND_FIELDS = Set.of("amount");

    private final Deposits deposits;
    private final DepositRefunds refunds;

    AdminFundingDepositController(Deposits deposits, DepositRefunds refunds) {
        this.deposits = deposits;
        this.refunds = refunds;
    }

    /**
     * Gives {@code amount} (default: what is left) of a succeeded deposit back to its card, bank
     * account or stored-value account.
     */
    @PostMapping(path = "/funding-deposits/{id}/refunds", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> refund(
            @PathVariable String id, @RequestBody(required = false) JsonNode body) {
        JsonFields fields = JsonFields.of(body, REFUND_FIELDS);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(refundView(refunds.refund(id, fields.optionalLong("amount"))));
    }

    /** A deposit refund as it is now. */
    @GetMapping("/deposit-refunds/{id}")
    public Map<String, Object> refund(@PathVariable String id) {
        return refundView(refunds.find(id).orElseThrow(() -> ApiException.notFound("deposit refund", id)));
    }

    static Map<String, Object> refundView(DepositRefund r) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", r.id());
        view.put("object", "deposit_refund");
        view.put("deposit", r.depositId());
        view.put("amount", r.amount());
        view.put("status", r.status().wire());
        view.put("source_refund", r.sourceRefundId().orElse(null));
        view.put("failure_code", r.failureCode().orElse(null));
        view.put("created", r.createdAt().getEpochSecond());
        return view;
    }

    /** Starts a deposit for the user at {@code phone}; it waits for the confirmation. */
    @PostMapping(path = "/users/{phone}/funding-deposits", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> start(
            @PathVariable String phone, @RequestBody(required = false) JsonNode body) {
        JsonFields fields = JsonFields.of(body, START_FIELDS);
        String method = fields.requiredString("funding_method");
        FundingKind kind = FundingKind.ofWire(method)
                .orElseThrow(() -> ApiException.invalid(
                        "funding_method", "funding_method is card, bank, stored_value or operator_billing"));
        String confirmBy = fields.optionalString("confirm_by").orElse("sms_code");
        Deposit.ConfirmBy by = switch (confirmBy) {
            case "sms_code" -> Deposit.ConfirmBy.SMS_CODE;
            case "pin" -> Deposit.ConfirmBy.PIN;
            default -> throw ApiException.invalid("confirm_by", "confirm_by is sms_code or pin");
        };
        Deposit deposit = deposits.start(new NewDeposit(
                phone,
                kind,
                fields.optionalString("linked_account"),
                fields.requiredLong("amount"),
                fields.requiredString("currency").toUpperCase(Locale.ROOT),
                fields.optionalBoolean("livemode").orElse(false),
                by));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(deposit));
    }

    /** The confirmation: {@code code} from the SMS, or {@code pin}. Right: the source is charged. */
    @PostMapping(path = "/funding-deposits/{id}/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> confirm(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        JsonFields fields = JsonFields.of(body, CONFIRM_FIELDS);
        String secret = fields.optionalString("code")
                .or(() -> fields.optionalString("pin"))
                .orElseThrow(() -> ApiException.invalid("code", "code or pin is required"));
        return view(deposits.confirm(id, secret));
    }

    /** Cancels a deposit still waiting for its confirmation; what the phone bill reserved is released. */
    @PostMapping("/funding-deposits/{id}/cancel")
    public Map<String, Object> cancel(@PathVariable String id) {
        return view(deposits.cancel(id));
    }

    /** The code of the card's challenge. */
    @PostMapping(path = "/funding-deposits/{id}/challenge", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> challenge(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        JsonFields fields = JsonFields.of(body, CHALLENGE_FIELDS);
        return view(deposits.answerChallenge(id, fields.requiredString("code")));
    }

    /** The deposit as it is now. */
    @GetMapping("/funding-deposits/{id}")
    public Map<String, Object> get(@PathVariable String id) {
        return view(deposits.find(id).orElseThrow(() -> ApiException.notFound("deposit", id)));
    }

    static Map<String, Object> view(Deposit d) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", d.id());
        view.put("object", "deposit");
        view.put("user", d.userId());
        view.put("funding_method", d.kind().wire());
        view.put("linked_account", d.linkedAccountId().orElse(null));
        view.put("instrument", d.display());
        view.put("amount", d.amount());
        view.put("currency", d.currency());
        view.put("livemode", d.livemode());
        view.put("status", d.status().wire());
        view.put("confirm_by", d.confirmBy().name().toLowerCase(Locale.ROOT));
        view.put("charge", d.chargeId().orElse(null));
        view.put(
                "next_action",
                d.nextActionUrl()
                        .map(u -> Map.of("type", "challenge", "url", u))
                        .orElse(null));
        view.put("failure_code", d.failureCode().orElse(null));
        view.put("amount_refunded", d.amountRefunded());
        view.put("created", d.createdAt().getEpochSecond());
        return view;
    }
}
