package io.relaypay.simulator.billing.http;

import com.sun.net.httpserver.HttpExchange;
import io.relaypay.simulator.billing.BillingPayment;
import io.relaypay.simulator.billing.ChargeRequest;
import io.relaypay.simulator.billing.Created;
import io.relaypay.simulator.billing.OperatorBilling;
import io.relaypay.simulator.billing.PaymentFlow;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The payments collection: {@code POST /payments} (one step), {@code POST /payments/prepare} (two
 * steps), and {@code GET /payments?clientCorrelator=…&phoneNumber=…} to find payments, e.g. to
 * reconcile a request whose answer was lost.
 */
final class PaymentsResource {

    private final OperatorBilling billing;

    PaymentsResource(OperatorBilling billing) {
        this.billing = billing;
    }

    Reply create(HttpExchange exchange, PaymentFlow flow) throws IOException {
        ChargeRequest request = chargeRequest(BillingJson.object(exchange, false), flow);
        Created<BillingPayment> created = billing.pay(request);
        BillingPayment payment = created.value();
        return Reply.created(
                BillingRepresentations.payment(payment),
                BillingRepresentations.paymentPath(payment.paymentId()),
                created.replayed());
    }

    Reply find(HttpExchange exchange) {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        for (String name : query.keySet()) {
            if (!name.equals("clientCorrelator") && !name.equals("phoneNumber")) {
                throw BillingJson.invalid("unknown query parameter " + name + "; use clientCorrelator or phoneNumber");
            }
        }
        Optional<String> correlator = Optional.ofNullable(query.get("clientCorrelator"));
        Optional<String> phoneNumber = Optional.ofNullable(query.get("phoneNumber"));
        Stream<BillingPayment> found = correlator.isPresent()
                ? billing.paymentByCorrelator(correlator.get()).stream()
                : billing.payments().stream();
        List<Object> payments = found.filter(p -> phoneNumber
                        .map(n -> n.equals(p.request().phoneNumber()))
                        .orElse(true))
                .map(p -> (Object) BillingRepresentations.payment(p))
                .toList();
        return Reply.ok(payments);
    }

    /** Reads CAMARA's {@code CreatePayment} / {@code BodyAmountReservationTransactionForReserveInput}. */
    static ChargeRequest chargeRequest(JsonNode body, PaymentFlow flow) {
        JsonNode transaction = BillingJson.requiredObject(body, "", "amountTransaction");
        String at = "amountTransaction.";
        Optional<String> phoneNumber = BillingJson.optionalString(transaction, at, "phoneNumber");
        JsonNode paymentAmount = BillingJson.requiredObject(transaction, at, "paymentAmount");
        String pa = at + "paymentAmount.";
        JsonNode charging = BillingJson.requiredObject(paymentAmount, pa, "chargingInformation");
        String ci = pa + "chargingInformation.";
        String currency = BillingJson.requiredString(charging, ci, "currency");
        long amount = BillingJson.minorUnits(charging.get("amount"), ci + "amount", currency);
        String description = BillingJson.requiredString(charging, ci, "description");
        Optional<String> merchantName = BillingJson.optionalObject(paymentAmount, pa, "chargingMetaData")
                .flatMap(meta -> BillingJson.optionalString(meta, pa + "chargingMetaData.", "merchantName"));
        String referenceCode = BillingJson.requiredString(transaction, at, "referenceCode");
        Optional<String> correlator = BillingJson.optionalString(transaction, at, "clientCorrelator");
        if (phoneNumber.isEmpty()) {
            throw new BillingProblemException(BillingProblem.missingIdentifier());
        }
        try {
            return new ChargeRequest(
                    flow, phoneNumber.get(), amount, currency, description, referenceCode, correlator, merchantName);
        } catch (IllegalArgumentException e) {
            throw BillingJson.invalid(e.getMessage());
        }
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                query.put(
                        URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw BillingJson.invalid("malformed query: " + e.getMessage());
            }
        }
        return query;
    }
}
