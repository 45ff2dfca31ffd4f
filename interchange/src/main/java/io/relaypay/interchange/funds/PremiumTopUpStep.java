package io.relaypay.interchange.funds;

import io.relaypay.interchange.merchants.Merchant;
import io.relaypay.interchange.payments.FailureReason;
import io.relaypay.interchange.payments.Payment;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The premium SMS path of a payment's settlement, taken when the carrier refused to bill the
 * purchase for another reason than funds: ask for a top-up of what the wallet lacks, then, once it
 * credited the wallet, hold the amount under its own hold id for the post. The records it returns
 * are saved by the settlement under its lease.
 */
final class PremiumTopUpStep {

    private final PremiumTopUps topUps;
    private final Bookings bookings;
    private final FeeSchedule fees;
    private final Clock clock;

    PremiumTopUpStep(PremiumTopUps topUps, Bookings bookings, FeeSchedule fees, Clock clock) {
        this.topUps = Objects.requireNonNull(topUps, "topUps");
        this.bookings = Objects.requireNonNull(bookings, "bookings");
        this.fees = Objects.requireNonNull(fees, "fees");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether a refused charge may be topped up at all. */
    boolean enabled() {
        return topUps != PremiumTopUps.NONE;
    }

    /**
     * The record after asking for the top-up: {@code DEPOSITING} with the top-up's id and the
     * merchant's fee for premium SMS, or {@code FAILED} when no top-up can fund the payment.
     */
    Funding start(Funding funding, Payment payment, String buyer, Merchant merchant, String declined) {
        long shortfall = Math.max(1, payment.amount() - bookings.walletAvailable(payment, buyer));
        PremiumTopUps.TopUp topUp = topUps.request(
                payment.id(), payment.phoneNumber().orElseThrow(), payment.livemode(), shortfall, payment.currency());
        Instant now = clock.instant();
        long fee = fees.merchantFee(merchant, FundingMethod.PREMIUM_SMS, payment.amount());
        return switch (topUp) {
            case PremiumTopUps.TopUp.Waiting w -> funding.depositing(w.id(), fee, now);
            case PremiumTopUps.TopUp.Credited c -> funding.depositing(c.id(), fee, now);
            case PremiumTopUps.TopUp.Failed f ->
                funding.failed(FailureReason.FUNDING_FAILED, PaymentSettlement.clip(declined + "; " + f.why()), now);
        };
    }

    /**
     * Where the top-up stands: empty while it waits; {@code funding} unchanged once the amount is
     * held in the topped-up wallet (the caller posts it); a {@code FAILED} record when the top-up
     * failed, or the wallet no longer covers the amount.
     */
    Optional<Funding> resume(Funding funding, Payment payment, String buyer) {
        Instant now = clock.instant();
        return switch (topUps.status(funding.chargeId().orElseThrow())) {
            case PremiumTopUps.TopUp.Waiting w -> Optional.empty();
            case PremiumTopUps.TopUp.Failed f ->
                Optional.of(funding.failed(
                        FailureReason.FUNDING_FAILED,
                        PaymentSettlement.clip("the premium SMS top-up did not complete: " + f.why()),
                        now));
            case PremiumTopUps.TopUp.Credited c ->
                bookings.holdFromWallet(payment, buyer, FundingMethod.PREMIUM_SMS) == Bookings.Result.BOOKED
                        ? Optional.of(funding)
                        : Optional.of(funding.failed(
                                FailureReason.INSUFFICIENT_FUNDS,
                                "the balance no longer covers the payment after its premium SMS top-up",
                                now));
        };
    }
}
