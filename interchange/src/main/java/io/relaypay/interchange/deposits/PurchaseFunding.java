package io.relaypay.interchange.deposits;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.funds.PremiumTopUps;
import io.relaypay.routing.planner.OvershootPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * Funds a purchase the carrier would not put on the phone bill, by premium SMS: a deposit planned to
 * cover at least the shortfall ({@link OvershootPolicy#COVER_AMOUNT}; an overshoot stays on the
 * balance), confirmed by its own code round trip (the buyer agrees to the premium messages, as
 * premium services must ask), keyed by the payment so asking again finds the same deposit. The
 * payment's settlement pays from the balance once the deposit succeeded.
 */
public final class PurchaseFunding implements PremiumTopUps {

    private final DepositService deposits;
    private final boolean livemode;

    /** Funding through {@code deposits}, which book {@code livemode} money. */
    public PurchaseFunding(DepositService deposits, boolean livemode) {
        this.deposits = Objects.requireNonNull(deposits, "deposits");
        this.livemode = livemode;
    }

    @Override
    public TopUp request(
            String paymentId, String phoneNumber, boolean paymentLivemode, long shortfall, String currency) {
        if (paymentLivemode != livemode) {
            return new TopUp.Failed("premium SMS deposits book " + (livemode ? "live" : "test") + " money only");
        }
        try {
            return of(deposits.request(
                            new NewDeposit(
                                    phoneNumber,
                                    shortfall,
                                    currency,
                                    DepositSource.PURCHASE,
                                    Optional.of("purchase:" + paymentId)),
                            OvershootPolicy.COVER_AMOUNT)
                    .deposit());
        } catch (ApiException e) {
            return new TopUp.Failed("no premium SMS top-up: " + e.getMessage());
        }
    }

    @Override
    public TopUp status(String topUpId) {
        return of(deposits.view(topUpId).deposit());
    }

    private static TopUp of(Deposit deposit) {
        return switch (deposit.status()) {
            case REQUIRES_CONFIRMATION, IN_PROGRESS -> new TopUp.Waiting(deposit.id());
            case SUCCEEDED -> new TopUp.Credited(deposit.id());
            case PARTIALLY_SUCCEEDED ->
                new TopUp.Failed("only " + deposit.billed() + " of " + deposit.planned()
                        + " was billed, and it stays on the balance");
            case FAILED -> new TopUp.Failed("no premium message was billed");
            case CANCELED -> new TopUp.Failed("the top-up was canceled");
            case EXPIRED -> new TopUp.Failed("the top-up was not confirmed in time");
        };
    }
}
