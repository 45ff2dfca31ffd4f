package io.relaypay.interchange.deposits;

import io.relaypay.interchange.funds.Carriers;
import io.relaypay.interchange.settlement.CarrierCredits;
import java.util.Objects;
import java.util.Optional;

/**
 * The ledger side of one billed premium charge (a plan item or a premium MO), booked by
 * settlement's {@link CarrierCredits}: the user is credited the full price the phone was billed, the
 * carrier's share at that carrier and price point is a cost, the best promotion's bonus comes on
 * top, and the {@value #METHOD} user fee is recorded (taken now, or deferred to later purchases).
 *
 * <p>Each charge is one carrier-charged deposit for {@code CarrierCredits}, named by the charge's id,
 * so its transfer ids derive from the charge and booking it again moves nothing (the ledger answers
 * {@code exists}). A promotion's threshold is therefore met per charge, not per plan.
 */
public final class DepositBookings {

    /** The funding method premium charges are booked under: user fee terms are keyed by it. */
    public static final String METHOD = "premium-sms";

    private final CarrierCredits credits;
    private final Carriers carriers;

    /** Bookings by {@code credits}; carriers of phone numbers from {@code carriers}. */
    public DepositBookings(CarrierCredits credits, Carriers carriers) {
        this.credits = Objects.requireNonNull(credits, "credits");
        this.carriers = Objects.requireNonNull(carriers, "carriers");
    }

    /** The carrier billing {@code phoneNumber}, if one is configured. */
    public Optional<Carriers.Carrier> carrierOf(String phoneNumber) {
        return carriers.of(phoneNumber);
    }

    /**
     * Credits {@code userId} the full {@code gross} {@code carrier} billed for the charge {@code
     * chargeId}, with the carrier's share, any promotion bonus and the user fee.
     *
     * @return what was booked (again, for a repeat)
     */
    public CarrierCredits.Credited credit(
            String chargeId, String userId, String carrier, long gross, String currency, boolean livemode) {
        return credits.credit(new CarrierCredits.Deposit(chargeId, userId, carrier, METHOD, gross, currency, livemode));
    }
}
