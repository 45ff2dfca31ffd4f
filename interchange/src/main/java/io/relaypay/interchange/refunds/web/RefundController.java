package io.relaypay.interchange.refunds.web;

import io.relaypay.interchange.merchants.Caller;
import io.relaypay.interchange.refunds.NewRefund;
import io.relaypay.interchange.refunds.RefundService;
import io.relaypay.interchange.refunds.RefundView;
import io.relaypay.interchange.web.JsonFields;
import io.relaypay.interchange.web.MerchantAuthFilter;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The merchant API for refunds: {@code /v1/refunds} (docs/api.md). */
@RestController
@RequestMapping(path = "/v1/refunds", produces = MediaType.APPLICATION_JSON_VALUE)
public class RefundController {

    private static final Set<String> CREATE_FIELDS = Set.of("payment", "amount");

    private final RefundService refunds;

    RefundController(RefundService refunds) {
        this.refunds = refunds;
    }

    /** Refunds a succeeded payment, in full unless an amount is given. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public RefundView create(
            @RequestAttribute(MerchantAuthFilter.CALLER) Caller caller, @RequestBody(required = false) JsonNode body) {
        JsonFields fields = JsonFields.of(body, CREATE_FIELDS);
        return RefundView.of(
                refunds.create(new NewRefund(caller, fields.requiredString("payment"), fields.optionalLong("amount"))));
    }

    /** One of the caller's refunds. */
    @GetMapping("/{id}")
    public RefundView get(@RequestAttribute(MerchantAuthFilter.CALLER) Caller caller, @PathVariable String id) {
        return RefundView.of(refunds.get(caller, id));
    }
}
