package io.relaypay.agent.payment;

import io.relaypay.agent.http.Json;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the caller gets back.
 *
 * @param status {@code succeeded}, {@code failed} or {@code canceled}
 * @param payment the interchange's payment id, absent when canceled before it was sent
 * @param receipt the interchange-signed receipt, absent when canceled
 */
public record PaymentResult(String status, Optional<String> payment, Optional<String> receipt) {

    /** The user canceled, or nobody answered the prompt in time. */
    public static PaymentResult canceled() {
        return new PaymentResult("canceled", Optional.empty(), Optional.empty());
    }

    /** The answer's JSON. */
    public ObjectNode json() {
        ObjectNode body = Json.object();
        body.put("status", status);
        if (payment.isPresent()) {
            body.put("payment", payment.get());
        } else {
            body.putNull("payment");
        }
        if (receipt.isPresent()) {
            body.put("receipt", receipt.get());
        } else {
            body.putNull("receipt");
        }
        return body;
    }
}
