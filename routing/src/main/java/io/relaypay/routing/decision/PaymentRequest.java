package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One payment to decide on.
 *
 * @param userId the payer's user id
 * @param phone the payer's number, carrier and country; regulations of that country apply
 * @param merchant who is paid
 * @param amount what is paid; must be positive
 * @param funding where the money comes from
 * @param deviceId the device the payer uses
 * @param at when the payment is asked for (the caller's clock)
 */
public record PaymentRequest(
        String userId,
        Phone phone,
        Merchant merchant,
        Money amount,
        FundingMethod funding,
        String deviceId,
        Instant at) {

    /** Validates the fields; a request for nothing is no request. */
    public PaymentRequest {
        Codes.requireText(userId, "user id");
        requireNonNull(phone, "phone");
        requireNonNull(merchant, "merchant");
        requireNonNull(amount, "amount");
        requireNonNull(funding, "funding");
        Codes.requireText(deviceId, "device id");
        requireNonNull(at, "at");
        if (amount.minor() == 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
    }
}
