package io.relaypay.simulator.billing.http;

import com.sun.net.httpserver.HttpExchange;
import io.relaypay.simulator.billing.BillingError;
import io.relaypay.simulator.billing.BillingException;
import io.relaypay.simulator.billing.BillingRefund;
import io.relaypay.simulator.billing.Created;
import io.relaypay.simulator.billing.OperatorBilling;
import io.relaypay.simulator.billing.RefundRequest;
import io.relaypay.simulator.billing.RefundType;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A payment's refunds, shaped as CAMARA's Carrier Billing Refund API: {@code POST
 * /payments/{paymentId}/refunds} ({@code total} or {@code partial}), {@code GET
 * /payments/{paymentId}/refunds} and {@code GET /payments/{paymentId}/refunds/{refundId}}.
 */
final class RefundsResource {

    private final OperatorBilling billing;

    RefundsResource(OperatorBilling billing) {
        this.billing = billing;
    }

    Reply create(HttpExchange exchange, String paymentId) throws IOException {
        RefundRequest request = refundRequest(BillingJson.object(exchange, false), paymentId);
        Created<BillingRefund> created = billing.refund(request);
        BillingRefund refund = created.value();
        return Reply.created(
                BillingRepresentations.refund(refund),
                BillingRepresentations.paymentPath(paymentId) + "/refunds/" + refund.refundId(),
                created.replayed());
    }

    Reply list(String paymentId) {
        requirePayment(paymentId);
        return Reply.ok(billing.refunds(paymentId).stream()
                .map(r -> (Object) BillingRepresentations.refund(r))
                .toList());
    }

    Reply get(String paymentId, String refundId) {
        requirePayment(paymentId);
        return billing.refund(paymentId, refundId)
                .map(r -> Reply.ok(BillingRepresentations.refund(r)))
                .orElseThrow(() -> new BillingException(
                        BillingError.REFUND_NOT_FOUND, "no refund " + refundId + " of payment " + paymentId));
    }

    private void requirePayment(String paymentId) {
        if (billing.payment(paymentId).isEmpty()) {
            throw new BillingException(BillingError.PAYMENT_NOT_FOUND, "no payment " + paymentId);
        }
    }

    /** Reads CAMARA's {@code CreateRefund} (total or partial). */
    static RefundRequest refundRequest(JsonNode body, String paymentId) {
        String typeName = BillingJson.requiredString(body, "", "type");
        RefundType type;
        try {
            type = RefundType.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BillingJson.invalid("type must be total or partial, was: " + typeName);
        }
        Optional<String> reason = BillingJson.optionalString(body, "", "reason");
        JsonNode transaction = BillingJson.requiredObject(body, "", "amountTransaction");
        String at = "amountTransaction.";
        String referenceCode = BillingJson.requiredString(transaction, at, "referenceCode");
        Optional<String> correlator = BillingJson.optionalString(transaction, at, "clientCorrelator");
        Optional<JsonNode> charging = BillingJson.optionalObject(transaction, at, "refundAmount")
                .flatMap(amount -> BillingJson.optionalObject(amount, at + "refundAmount.", "chargingInformation"));
        String ci = at + "refundAmount.chargingInformation.";
        Optional<String> currency = charging.map(c -> BillingJson.requiredString(c, ci, "currency"));
        Optional<Long> amount =
                charging.map(c -> BillingJson.minorUnits(c.get("amount"), ci + "amount", currency.orElseThrow()));
        Optional<String> description = charging.flatMap(c -> BillingJson.optionalString(c, ci, "description"));
        try {
            return new RefundRequest(paymentId, type, amount, currency, description, referenceCode, reason, correlator);
        } catch (IllegalArgumentException e) {
            throw BillingJson.invalid(e.getMessage());
        }
    }
}
