package io.relaypay.interchange.deposits;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One billed premium MO: a phone texted a premium short code, its carrier billed the price, and the
 * sender is credited it.
 *
 * @param id {@code pmo_…}; names the ledger transfers
 * @param userId the sender's user
 * @param phoneNumber the sender (E.164)
 * @param carrier the sender's carrier
 * @param shortCode the premium short code
 * @param amount what the carrier billed, in minor units
 * @param currency ISO-4217
 * @param livemode whether it books live money
 * @param credited when the sender was credited; empty while pending
 * @param channel the controller that delivered the MO
 * @param receivedAt when it arrived
 * @param chargeReference the carrier's id of the MO, which names its bill and remittance line
 */
public record PremiumMoCharge(
        String id,
        String userId,
        String phoneNumber,
        String carrier,
        String shortCode,
        long amount,
        String currency,
        boolean livemode,
        Optional<Instant> credited,
        String channel,
        Instant receivedAt,
        Optional<String> chargeReference) {

    /** Requires every part. */
    public PremiumMoCharge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(shortCode, "shortCode");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(credited, "credited");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(chargeReference, "chargeReference");
        if (amount <= 0) {
            throw new IllegalArgumentException("a premium MO bills a positive amount");
        }
    }
}
