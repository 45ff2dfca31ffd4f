package io.relaypay.simulator.billing.http;

import com.sun.net.httpserver.HttpExchange;
import io.relaypay.simulator.billing.BillingError;
import io.relaypay.simulator.billing.BillingException;
import io.relaypay.simulator.billing.OperatorBilling;
import java.io.IOException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One payment: {@code GET /payments/{paymentId}}, and for a reservation {@code POST
 * /payments/{paymentId}/confirm} and {@code /cancel}. Confirm and cancel take CAMARA's optional
 * {@code {"phoneNumber": …}} body (or none) and answer 202 with the payment as it is afterwards
 * (CAMARA's 202 has no body; the simulator adds the payment so no second request is needed).
 */
final class PaymentResource {

    private final OperatorBilling billing;

    PaymentResource(OperatorBilling billing) {
        this.billing = billing;
    }

    Reply get(String paymentId) {
        return billing.payment(paymentId)
                .map(p -> Reply.ok(BillingRepresentations.payment(p)))
                .orElseThrow(() -> new BillingException(BillingError.PAYMENT_NOT_FOUND, "no payment " + paymentId));
    }

    Reply confirm(HttpExchange exchange, String paymentId) throws IOException {
        Optional<String> phoneNumber = phoneNumber(exchange);
        return Reply.accepted(BillingRepresentations.payment(billing.confirm(paymentId, phoneNumber)));
    }

    Reply cancel(HttpExchange exchange, String paymentId) throws IOException {
        Optional<String> phoneNumber = phoneNumber(exchange);
        return Reply.accepted(BillingRepresentations.payment(billing.cancel(paymentId, phoneNumber)));
    }

    private static Optional<String> phoneNumber(HttpExchange exchange) throws IOException {
        JsonNode body = BillingJson.object(exchange, true);
        return BillingJson.optionalString(body, "", "phoneNumber");
    }
}
