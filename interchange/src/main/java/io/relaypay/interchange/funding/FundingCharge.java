package io.relaypay.interchange.funding;

import java.util.Objects;

/**
 * One charge to a funding instrument. The reference is the idempotency key at the processor or
 * carrier: charging twice with it charges once, and a charge whose answer was lost is found by it.
 *
 * @param reference our id for the charge (a deposit id), 1 to 64 characters
 * @param instrument what is charged
 * @param amount minor units, positive
 * @param currency ISO-4217 code
 * @param description what the statement or bill line says
 */
public record FundingCharge(String reference, Instrument instrument, long amount, String currency, String description) {

    /** Requires every part and a positive amount. */
    public FundingCharge {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(description, "description");
        if (reference.isEmpty() || reference.length() > 64) {
            throw new IllegalArgumentException("reference must be 1 to 64 characters");
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
    }
}
