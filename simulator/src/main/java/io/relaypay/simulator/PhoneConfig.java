package io.relaypay.simulator;

import java.util.Objects;

/**
 * A virtual phone to create when the network starts.
 *
 * @param msisdn E.164 number with a leading {@code +}; must be a valid number for libphonenumber
 * @param carrier name of a configured carrier
 * @param premiumBarred whether premium messages to it are refused
 * @param billing its operator billing settings
 */
public record PhoneConfig(String msisdn, String carrier, boolean premiumBarred, SubscriberBilling billing) {

    /** Requires every field. */
    public PhoneConfig {
        Objects.requireNonNull(msisdn, "msisdn");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(billing, "billing");
    }

    /** A postpaid phone with the carrier's billing limit. */
    public PhoneConfig(String msisdn, String carrier, boolean premiumBarred) {
        this(msisdn, carrier, premiumBarred, SubscriberBilling.postpaid());
    }

    /** A postpaid phone that accepts premium messages. */
    public static PhoneConfig of(String msisdn, String carrier) {
        return new PhoneConfig(msisdn, carrier, false);
    }

    /** This phone with other operator billing settings. */
    public PhoneConfig withBilling(SubscriberBilling value) {
        return new PhoneConfig(msisdn, carrier, premiumBarred, value);
    }
}
