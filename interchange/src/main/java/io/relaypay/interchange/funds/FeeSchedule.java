package io.relaypay.interchange.funds;

import io.relaypay.interchange.merchants.Merchant;

/**
 * What a payment costs the merchant and what the carrier keeps, by funding method and price point.
 * The settlement module's policies implement it (per-method merchant fees, per-price-point carrier
 * shares); {@link #STANDARD} is the merchant's own terms and the carrier's flat share.
 */
public interface FeeSchedule {

    /** The merchant's own terms and each carrier's configured share, whatever the method or amount. */
    FeeSchedule STANDARD = new FeeSchedule() {
        @Override
        public long merchantFee(Merchant merchant, FundingMethod method, long amount) {
            return merchant.fees().feeFor(amount);
        }

        @Override
        public long carrierShare(Carriers.Carrier carrier, long amount) {
            return carrier.shareOf(amount);
        }
    };

    /** The merchant's fee on a payment of {@code amount} funded by {@code method}. */
    long merchantFee(Merchant merchant, FundingMethod method, long amount);

    /** What {@code carrier} keeps of a charge of {@code amount}. */
    long carrierShare(Carriers.Carrier carrier, long amount);
}
