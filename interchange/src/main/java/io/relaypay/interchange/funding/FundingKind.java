package io.relaypay.interchange.funding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The ways money comes in from outside Relaypay, each behind one {@link FundingSource}. */
public enum FundingKind {
    /** A card, through the processor (authorize and capture, maybe a challenge). */
    CARD,
    /** A bank account, ACH-style through the processor: settles days later or is returned. */
    BANK,
    /** A stored-value account at the processor, named by an email address. */
    STORED_VALUE,
    /** The buyer's phone bill, through the carrier's billing API. */
    OPERATOR_BILLING;

    /** The wire name, e.g. {@code stored_value}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with this wire name. */
    public static Optional<FundingKind> ofWire(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(wire)).findFirst();
    }
}
