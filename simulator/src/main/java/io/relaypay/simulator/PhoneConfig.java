package io.relaypay.simulator;

import java.util.Objects;

/**
 * A virtual phone to create when the network starts.
 *
 * @param msisdn E.164 number with a leading {@code +}; must be a valid number for libphonenumber
 * @param carrier name of a configured carrier
 * @param premiumBarred whether premium messages to it are refused
 */
public record PhoneConfig(String msisdn, String carrier, boolean premiumBarred) {

    /** Requires every field. */
    public PhoneConfig {
        Objects.requireNonNull(msisdn, "msisdn");
        Objects.requireNonNull(carrier, "carrier");
    }

    /** A phone that accepts premium messages. */
    public static PhoneConfig of(String msisdn, String carrier) {
        return new PhoneConfig(msisdn, carrier, false);
    }
}
