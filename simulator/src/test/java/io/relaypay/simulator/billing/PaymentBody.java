package io.relaypay.simulator.billing;

import java.math.BigDecimal;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds CAMARA {@code CreatePayment} bodies; every field has a valid default. */
final class PaymentBody {

    private String phoneNumber;
    private BigDecimal amount = new BigDecimal("4.99");
    private String currency = "EUR";
    private String description = "Sword of dawn";
    private String referenceCode = "order-1042";
    private String clientCorrelator;
    private String merchantName = "Demo Shop";

    private PaymentBody(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    static PaymentBody charge(String phoneNumber) {
        return new PaymentBody(phoneNumber);
    }

    PaymentBody amount(String value) {
        amount = new BigDecimal(value);
        return this;
    }

    PaymentBody currency(String value) {
        currency = value;
        return this;
    }

    PaymentBody description(String value) {
        description = value;
        return this;
    }

    PaymentBody correlator(String value) {
        clientCorrelator = value;
        return this;
    }

    PaymentBody withoutPhoneNumber() {
        phoneNumber = null;
        return this;
    }

    ObjectNode json() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode charging =
                f.objectNode().put("amount", amount).put("currency", currency).put("description", description);
        ObjectNode paymentAmount = f.objectNode();
        paymentAmount.set("chargingInformation", charging);
        paymentAmount.set("chargingMetaData", f.objectNode().put("merchantName", merchantName));
        ObjectNode transaction = f.objectNode();
        if (phoneNumber != null) {
            transaction.put("phoneNumber", phoneNumber);
        }
        if (clientCorrelator != null) {
            transaction.put("clientCorrelator", clientCorrelator);
        }
        transaction.set("paymentAmount", paymentAmount);
        transaction.put("referenceCode", referenceCode);
        ObjectNode body = f.objectNode();
        body.set("amountTransaction", transaction);
        return body;
    }
}
