package io.relaypay.interchange.settlement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where remittances, their matched lines and the charges carriers owe are kept. */
public interface RemittanceStore {

    /**
     * A charge a carrier owes for: a settled operator billing payment, a billed premium plan item or
     * a credited premium MO.
     *
     * @param chargeId the carrier's reference of the charge (its bill and remittance line name it)
     * @param paymentId what it paid for: the payment ({@code pay_…}), the plan item ({@code
     *     dep_….<seq>}) or the premium MO ({@code pmo_…})
     * @param payable the amount less the carrier's share
     */
    record Owed(String chargeId, String paymentId, long payable) {}

    /**
     * The carrier's charges in a mode and currency made before {@code until} (operator billing: the
     * funding's creation; premium: when billed) and not yet matched by an earlier remittance.
     */
    List<Owed> owed(String carrier, boolean livemode, String currency, Instant until);

    /** The charge ids of this carrier already matched by a remittance, among {@code chargeIds}. */
    List<String> alreadyRemitted(String carrier, boolean livemode, List<String> chargeIds);

    /** A reconciliation by the carrier's reference. */
    Optional<Reconciliation> find(String carrier, boolean livemode, String reference);

    /** A reconciliation by id. */
    Optional<Reconciliation> find(String id);

    /**
     * Stores a reconciliation (not yet booked) with its lines in one transaction, unless one with
     * its carrier, mode and reference exists; answers the stored one.
     */
    Reconciliation insertIfAbsent(Reconciliation reconciliation);

    /** Marks it booked. */
    void markBooked(String id);

    /** Reconciliations not booked since before {@code before}. */
    List<Reconciliation> unbooked(Instant before, int limit);
}
