package io.relaypay.simulator.billing.http;

import io.relaypay.simulator.billing.BillingPayment;
import io.relaypay.simulator.billing.BillingRefund;
import io.relaypay.simulator.billing.ChargeRequest;
import io.relaypay.simulator.billing.PaymentStatus;
import io.relaypay.simulator.billing.RefundRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Payments and refunds as the billing API shows them: CAMARA's {@code Payment} and {@code Refund}
 * objects, plus a few simulator fields a client finds useful ({@code carrierShare}, {@code
 * refundedAmount}, {@code reservationExpirationDate}, {@code cancellationReason}, {@code paymentId}
 * on a refund).
 */
final class BillingRepresentations {

    static final String BASE_PATH = "/carrier-billing/v0";

    private BillingRepresentations() {}

    static String paymentPath(String paymentId) {
        return BASE_PATH + "/payments/" + paymentId;
    }

    static Map<String, Object> payment(BillingPayment payment) {
        ChargeRequest request = payment.request();
        String currency = request.currency();
        Map<String, Object> charging = new LinkedHashMap<>();
        charging.put("amount", BillingJson.majorUnits(request.amountMinor(), currency));
        charging.put("currency", currency);
        charging.put("description", request.description());
        Map<String, Object> paymentAmount = new LinkedHashMap<>();
        paymentAmount.put("chargingInformation", charging);
        request.merchantName().ifPresent(m -> paymentAmount.put("chargingMetaData", Map.of("merchantName", m)));
        Map<String, Object> transaction = new LinkedHashMap<>();
        transaction.put("phoneNumber", request.phoneNumber());
        request.clientCorrelator().ifPresent(c -> transaction.put("clientCorrelator", c));
        transaction.put("paymentAmount", paymentAmount);
        transaction.put("referenceCode", request.referenceCode());
        transaction.put("resourceURL", paymentPath(payment.paymentId()));
        transaction.put("serverReferenceCode", payment.paymentId());

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("paymentId", payment.paymentId());
        json.put("paymentStatus", payment.status().wireName());
        json.put("paymentCreationDate", payment.createdAt().toString());
        payment.paymentDate().ifPresent(d -> json.put("paymentDate", d.toString()));
        json.put("amountTransaction", transaction);
        if (payment.status() != PaymentStatus.SUCCEEDED) {
            // Once charged, when the reservation would have expired no longer matters.
            payment.reservationExpiresAt().ifPresent(e -> json.put("reservationExpirationDate", e.toString()));
        }
        payment.cancellation().ifPresent(r -> json.put("cancellationReason", r.wireName()));
        json.put("carrierShare", BillingJson.majorUnits(payment.carrierShareMinor(), currency));
        json.put("refundedAmount", BillingJson.majorUnits(payment.refundedMinor(), currency));
        return json;
    }

    static Map<String, Object> refund(BillingRefund refund) {
        RefundRequest request = refund.request();
        Map<String, Object> charging = new LinkedHashMap<>();
        charging.put("amount", BillingJson.majorUnits(refund.amountMinor(), refund.currency()));
        charging.put("currency", refund.currency());
        request.description().ifPresent(d -> charging.put("description", d));
        Map<String, Object> transaction = new LinkedHashMap<>();
        request.clientCorrelator().ifPresent(c -> transaction.put("clientCorrelator", c));
        transaction.put("refundAmount", Map.of("chargingInformation", charging));
        transaction.put("referenceCode", request.referenceCode());

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("refundId", refund.refundId());
        json.put("refundStatus", "succeeded");
        json.put("type", request.type().wireName());
        json.put("refundCreationDate", refund.createdAt().toString());
        json.put("refundDate", refund.createdAt().toString());
        request.reason().ifPresent(r -> json.put("reason", r));
        json.put("amountTransaction", transaction);
        json.put("paymentId", refund.paymentId());
        json.put("carrierShare", BillingJson.majorUnits(refund.carrierShareMinor(), refund.currency()));
        return json;
    }
}
