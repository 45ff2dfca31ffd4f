package io.relaypay.interchange.deposits;

import java.time.Instant;
import java.util.List;

/** Where billed premium MOs wait to be credited. */
public interface PremiumMoStore {

    /** Stores a charge, pending. */
    void insert(PremiumMoCharge charge);

    /** Charges not credited yet, oldest first. */
    List<PremiumMoCharge> pending(int limit);

    /** Marks the charge credited. */
    void credited(String id, Instant at);

    /** The charges of {@code phoneNumber}, oldest first. */
    List<PremiumMoCharge> ofPhone(String phoneNumber);
}
