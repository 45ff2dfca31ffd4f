package io.relaypay.simulator;

import java.util.List;
import java.util.Optional;

/** The carriers of the network, their bills and revenue. */
public interface CarrierBook {

    /** Every carrier, in configuration order. */
    List<CarrierConfig> carriers();

    /** The carrier with this name. */
    Optional<CarrierConfig> carrier(String name);

    /** The carrier whose number ranges contain {@code msisdn} (E.164 with {@code +}). */
    Optional<CarrierConfig> carrierForNumber(String msisdn);

    /** Every line the carrier put on its subscribers' bills, oldest first; a snapshot. */
    List<Charge> charges(String carrierName);

    /** The carrier's revenue so far (premium messages and operator billing, net of refunds). */
    CarrierRevenue revenue(String carrierName);

    /** Every carrier's revenue so far, in configuration order. */
    List<CarrierRevenue> revenue();
}
