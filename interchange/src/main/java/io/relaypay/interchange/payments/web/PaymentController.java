package io.relaypay.interchange.payments.web;

import io.relaypay.interchange.checkout.CheckoutService;
import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.config.RelaypayProperties;
import io.relaypay.interchange.merchants.Caller;
import io.relaypay.interchange.payments.NewPayment;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.payments.PaymentView;
import io.relaypay.interchange.payments.SettledFundings;
import io.relaypay.interchange.web.JsonFields;
import io.relaypay.interchange.web.MerchantAuthFilter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The merchant API for payments: {@code /v1/payments} (docs/api.md). */
@RestController
@RequestMapping(path = "/v1/payments", produces = MediaType.APPLICATION_JSON_VALUE)
public class PaymentController {

    private static final Set<String> CREATE_FIELDS = Set.of(
            "amount",
            "currency",
            "reference",
            "description",
            "success_url",
            "cancel_url",
            "phone_number",
            "confirm",
            "collect_shipping_address");

    private final PaymentService payments;
    private final RelaypayProperties properties;
    private final SettledFundings settled;
    private final CheckoutService checkout;

    PaymentController(
            PaymentService payments, RelaypayProperties properties, SettledFundings settled, CheckoutService checkout) {
        this.settled = settled;
        this.payments = payments;
        this.properties = properties;
        this.checkout = checkout;
    }

    /**
     * Creates a payment; the buyer pays at its {@code checkout_url}. With {@code confirm: true} the
     * merchant vouches for {@code phone_number} as the buyer typing it would: the decision engine
     * decides and the confirmation text goes out now, so a buyer who replies by SMS never needs the
     * page (the answer is {@code requires_confirmation}, {@code failed} when declined, or still
     * {@code requires_phone_number} when no route reaches the number).
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public PaymentView create(
            @RequestAttribute(MerchantAuthFilter.CALLER) Caller caller, @RequestBody(required = false) JsonNode body) {
        JsonFields fields = JsonFields.of(body, CREATE_FIELDS);
        NewPayment request = new NewPayment(
                caller,
                fields.requiredLong("amount"),
                fields.requiredString("currency"),
                fields.requiredString("reference"),
                fields.optionalString("description"),
                fields.optionalUrl("success_url"),
                fields.optionalUrl("cancel_url"),
                fields.optionalString("phone_number"),
                fields.optionalBoolean("collect_shipping_address").orElse(false));
        boolean confirm = fields.optionalBoolean("confirm").orElse(false);
        if (confirm && request.phoneNumber().isEmpty()) {
            throw ApiException.invalid("phone_number", "phone_number is required with confirm: true");
        }
        Payment created = payments.create(request);
        return view(
                confirm
                        ? checkout.submitPhone(
                                        created.id(), request.phoneNumber().get())
                                .payment()
                        : created);
    }

    /** One of the caller's payments. */
    @GetMapping("/{id}")
    public PaymentView get(@RequestAttribute(MerchantAuthFilter.CALLER) Caller caller, @PathVariable String id) {
        return view(payments.get(caller, id));
    }

    /** The caller's payments, newest first, a page at a time. */
    @GetMapping
    public Map<String, Object> list(
            @RequestAttribute(MerchantAuthFilter.CALLER) Caller caller,
            @RequestParam(defaultValue = "10") int limit,
            @RequestParam(name = "starting_after", required = false) String startingAfter) {
        PaymentService.Page page = payments.list(caller, Optional.ofNullable(startingAfter), limit);
        List<PaymentView> data = page.payments().stream().map(this::view).toList();
        return Map.of("object", "list", "data", data, "has_more", page.hasMore());
    }

    /** Cancels a payment the buyer has not confirmed yet. */
    @PostMapping("/{id}/cancel")
    public PaymentView cancel(@RequestAttribute(MerchantAuthFilter.CALLER) Caller caller, @PathVariable String id) {
        return view(payments.cancel(caller, id));
    }

    private PaymentView view(Payment payment) {
        return PaymentView.of(payment, properties.publicUrl(), settled.of(payment.id()));
    }
}
