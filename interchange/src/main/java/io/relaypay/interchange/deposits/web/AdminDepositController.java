package io.relaypay.interchange.deposits.web;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.deposits.DepositCharges;
import io.relaypay.interchange.deposits.DepositConfirmations;
import io.relaypay.interchange.deposits.DepositService;
import io.relaypay.interchange.deposits.DepositSource;
import io.relaypay.interchange.deposits.NewDeposit;
import io.relaypay.interchange.web.JsonFields;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Admin API for deposits by premium SMS (docs/deposits.md): request one for a phone, look it up,
 * confirm it with a code the phone received, cancel it, and reconcile a charge whose outcome is
 * unknown from the carrier's records.
 */
@RestController
@RequestMapping(path = "/admin/v1/deposits", produces = MediaType.APPLICATION_JSON_VALUE)
public class AdminDepositController {

    private static final Set<String> CREATE_FIELDS = Set.of("phone_number", "amount", "currency");

    private final DepositService deposits;
    private final DepositConfirmations confirmations;
    private final DepositCharges charges;

    AdminDepositController(DepositService deposits, DepositConfirmations confirmations, DepositCharges charges) {
        this.deposits = deposits;
        this.confirmations = confirmations;
        this.charges = charges;
    }

    /** Plans a deposit and texts its confirmation codes; idempotent by {@code Idempotency-Key}. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> create(
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody(required = false) JsonNode body) {
        JsonFields fields = JsonFields.of(body, CREATE_FIELDS);
        DepositService.Requested requested = deposits.request(new NewDeposit(
                fields.requiredString("phone_number"),
                fields.requiredLong("amount"),
                fields.requiredString("currency"),
                DepositSource.API,
                Optional.ofNullable(idempotencyKey)));
        return ResponseEntity.status(requested.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(DepositViews.view(deposits.view(requested.deposit().id())));
    }

    /** The deposit with its plan and history. */
    @GetMapping("/{id}")
    public Map<String, Object> get(@PathVariable String id) {
        return DepositViews.view(deposits.view(id));
    }

    /** Confirms with the reply code or the page code; a wrong code is a 400 that counts. */
    @PostMapping(path = "/{id}/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> confirm(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        String code = JsonFields.of(body, Set.of("code")).requiredString("code");
        DepositConfirmations.Confirmed confirmed = confirmations.confirm(id, code);
        if (confirmed == DepositConfirmations.Confirmed.WRONG_CODE) {
            throw ApiException.invalid("code", "the code is not the one sent to the phone");
        }
        if (confirmed == DepositConfirmations.Confirmed.TOO_MANY_WRONG_CODES) {
            throw ApiException.invalid("code", "too many wrong codes; the deposit failed");
        }
        return DepositViews.view(deposits.view(id));
    }

    /** Cancels a deposit still waiting for confirmation. */
    @PostMapping("/{id}/cancel")
    public Map<String, Object> cancel(@PathVariable String id) {
        confirmations.cancel(id);
        return DepositViews.view(deposits.view(id));
    }

    /**
     * Settles an {@code unknown} charge from the carrier's records: {@code {"billed": true}} credits
     * it, {@code false} fails it.
     */
    @PostMapping(path = "/{id}/items/{seq}/reconcile", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> reconcile(
            @PathVariable String id, @PathVariable int seq, @RequestBody(required = false) JsonNode body) {
        boolean billed = JsonFields.of(body, Set.of("billed"))
                .optionalBoolean("billed")
                .orElseThrow(() -> ApiException.invalid("billed", "billed (true or false) is required"));
        deposits.view(id);
        charges.reconcile(io.relaypay.interchange.deposits.PlanItem.idOf(id, seq), billed);
        return DepositViews.view(deposits.view(id));
    }
}
