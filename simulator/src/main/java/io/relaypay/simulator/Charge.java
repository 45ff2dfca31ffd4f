package io.relaypay.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * One line on a phone's carrier bill. Charges are positive; a {@link ChargeKind#REFUND} is a credit
 * and carries negative amounts, so the sum of a bill's lines is what the subscriber owes.
 *
 * @param kind what put the line on the bill
 * @param amountMinor what the subscriber pays, in minor units (negative for a refund)
 * @param currency the ISO-4217 currency of the carrier
 * @param at when it was charged
 * @param service who charged: the premium short code, or the operator billing merchant
 * @param reference the network's id of what was charged: the premium message's id, the operator
 *     billing payment id, or the refund id
 * @param description the bill text; for a premium message, the text the phone received (cut to 60
 *     characters)
 * @param carrierShareMinor the part of {@code amountMinor} the carrier keeps (same sign, never
 *     larger); the rest is owed to the service provider
 */
public record Charge(
        ChargeKind kind,
        long amountMinor,
        String currency,
        Instant at,
        String service,
        String reference,
        String description,
        long carrierShareMinor) {

    /** Requires every field; a charge is non-negative, a refund non-positive, the share within the amount. */
    public Charge {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(description, "description");
        boolean credit = kind == ChargeKind.REFUND;
        long amount = credit ? -amountMinor : amountMinor;
        long share = credit ? -carrierShareMinor : carrierShareMinor;
        if (amount < 0 || share < 0 || share > amount) {
            throw new IllegalArgumentException(
                    "bad " + kind.wireName() + " amounts: " + amountMinor + "/" + carrierShareMinor);
        }
    }

    /** A premium message's charge: {@code service} is the short code, {@code reference} the message id. */
    public static Charge premiumSms(
            long amountMinor,
            String currency,
            Instant at,
            String shortCode,
            String networkMessageId,
            String text,
            long carrierShareMinor) {
        String description = text.length() > 60 ? text.substring(0, 60) : text;
        return new Charge(
                ChargeKind.PREMIUM_SMS,
                amountMinor,
                currency,
                at,
                shortCode,
                networkMessageId,
                description,
                carrierShareMinor);
    }

    /** A premium MO's charge: {@code service} is the short code, {@code reference} the MO's network id. */
    public static Charge premiumMo(
            long amountMinor, String currency, Instant at, String shortCode, String moId, String text, long share) {
        String description = text.length() > 60 ? text.substring(0, 60) : text;
        return new Charge(ChargeKind.PREMIUM_MO, amountMinor, currency, at, shortCode, moId, description, share);
    }

    /** What the carrier owes the service provider for this line (negative for a refund). */
    public long providerShareMinor() {
        return amountMinor - carrierShareMinor;
    }
}
