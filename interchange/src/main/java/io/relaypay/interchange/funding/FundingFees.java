package io.relaypay.interchange.funding;

import io.relaypay.interchange.settlement.CarrierShares;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What each source keeps of a deposit, a cost to Relaypay (the buyer is credited in full): the
 * processor's rate per kind in basis points plus a fixed part, and for the phone bill the
 * carrier's share per carrier and price point ({@link CarrierShares}, the same terms the phone-bill
 * credit and payment settlement use, so a refund reverses what the charge booked). Rounded half up,
 * as processors and carriers do.
 */
public final class FundingFees {

    /**
     * A processor's price.
     *
     * @param basisPoints the rate, 0 to 10000
     * @param fixed minor units per charge
     */
    public record Rate(int basisPoints, long fixed) {
        /** No fee. */
        public static final Rate NONE = new Rate(0, 0);

        /** Requires a rate between 0 and 100 % and a fixed part not below zero. */
        public Rate {
            if (basisPoints < 0 || basisPoints > 10_000 || fixed < 0) {
                throw new IllegalArgumentException("basisPoints must be 0 to 10000 and fixed not negative");
            }
        }
    }

    private final Map<FundingKind, Rate> rates;
    private final CarrierShares shares;

    /** Fees at {@code rates} (kinds missing pay none), the phone bill by the carriers' {@code shares}. */
    public FundingFees(Map<FundingKind, Rate> rates, CarrierShares shares) {
        this.rates = rates.isEmpty() ? new EnumMap<>(FundingKind.class) : new EnumMap<>(rates);
        this.shares = Objects.requireNonNull(shares, "shares");
    }

    /** What the source of {@code instrument} keeps of {@code amount}; never more than the amount. */
    public long of(Instrument instrument, long amount) {
        if (instrument instanceof Instrument.PhoneBill bill) {
            return shares.of(bill.carrier()).isPresent() ? shares.shareOf(bill.carrier(), amount) : 0;
        }
        Rate rate = rates.getOrDefault(instrument.kind(), Rate.NONE);
        long fee = (amount * rate.basisPoints() + 5_000) / 10_000 + rate.fixed();
        return Math.min(fee, amount);
    }
}
