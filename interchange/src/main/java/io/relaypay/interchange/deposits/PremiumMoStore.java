package io.relaypay.interchange.deposits;

import java.time.Instant;
import java.util.List;

/** Where billed premium MOs wait to be credited. */
public interface PremiumMoStore {

    /**
     * Stores a charge, pending, unless its carrier already has one with the same charge reference.
     *
     * @return whether it was stored (false: a redelivery of a charge stored before)
     */
    boolean insert(PremiumMoCharge charge);

    /** Charges not credited yet, oldest first. */
    List<PremiumMoCharge> pending(int limit);

    /** Marks the charge credited, with the carrier's share and the promotion bonus booked. */
    void credited(String id, long carrierShare, long bonus, Instant at);

    /** The charges of {@code phoneNumber}, oldest first. */
    List<PremiumMoCharge> ofPhone(String phoneNumber);
}
