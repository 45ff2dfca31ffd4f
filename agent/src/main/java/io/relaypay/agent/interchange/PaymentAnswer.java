package io.relaypay.agent.interchange;

/**
 * The interchange's answer to a device-signed payment.
 *
 * @param payment the payment id, {@code pay_…}
 * @param status {@code succeeded} or {@code failed}
 * @param receipt the interchange-signed receipt (compact JWS), returned to the caller as is
 */
public record PaymentAnswer(String payment, String status, String receipt) {}
