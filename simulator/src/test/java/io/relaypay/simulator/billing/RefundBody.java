package io.relaypay.simulator.billing;

import java.math.BigDecimal;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds CAMARA {@code CreateRefund} bodies, total or partial. */
final class RefundBody {

    private final String type;
    private final BigDecimal amount;
    private String clientCorrelator;

    private RefundBody(String type, BigDecimal amount) {
        this.type = type;
        this.amount = amount;
    }

    static RefundBody total() {
        return new RefundBody("total", null);
    }

    static RefundBody partial(String amount) {
        return new RefundBody("partial", new BigDecimal(amount));
    }

    RefundBody correlator(String value) {
        clientCorrelator = value;
        return this;
    }

    ObjectNode json() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode refundAmount = f.objectNode();
        if (amount != null) {
            refundAmount.set(
                    "chargingInformation",
                    f.objectNode().put("amount", amount).put("currency", "EUR").put("description", "Returned item"));
        }
        ObjectNode transaction = f.objectNode().put("referenceCode", "refund-7");
        if (clientCorrelator != null) {
            transaction.put("clientCorrelator", clientCorrelator);
        }
        transaction.set("refundAmount", refundAmount);
        ObjectNode body = f.objectNode().put("type", type).put("reason", "customer returned it");
        body.set("amountTransaction", transaction);
        return body;
    }
}
