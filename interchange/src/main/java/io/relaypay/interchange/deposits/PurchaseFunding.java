package io.relaypay.interchange.deposits;

import io.relaypay.routing.planner.OvershootPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * Funds a purchase the buyer's balance does not cover, by premium SMS: a deposit planned to cover
 * at least the shortfall ({@link OvershootPolicy#COVER_AMOUNT}; an overshoot stays on the balance),
 * confirmed by the same code round trip as any deposit. The checkout can call this when its
 * settlement finds the balance short, and settle the payment from the balance once the deposit
 * succeeded; it does not yet.
 */
public final class PurchaseFunding {

    private final DepositService deposits;

    /** Funding through {@code deposits}. */
    public PurchaseFunding(DepositService deposits) {
        this.deposits = Objects.requireNonNull(deposits, "deposits");
    }

    /**
     * Starts a deposit of at least {@code shortfall} for the buyer at {@code phoneNumber}; the
     * payment id keys it, so asking again for the same payment returns the same deposit.
     */
    public Deposit fund(String paymentId, String phoneNumber, long shortfall, String currency) {
        return deposits.request(
                        new NewDeposit(
                                phoneNumber,
                                shortfall,
                                currency,
                                DepositSource.PURCHASE,
                                Optional.of("purchase:" + paymentId)),
                        OvershootPolicy.COVER_AMOUNT)
                .deposit();
    }
}
