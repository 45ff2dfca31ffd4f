package io.relaypay.interchange.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code relaypay.settlement.*}: payouts, carrier shares by price point, promotions and user fees,
 * each key declared once with its default.
 *
 * @param payoutPeriod the length of a payout period, aligned to the epoch in UTC (a day by default)
 * @param schedulerInterval pause between passes that run the last ended period's payouts and
 *     finish stuck ones
 * @param stuckAfter a payout still pending after this is finished by the next pass
 * @param janitorBatch stuck payouts per pass
 * @param carrierPricePoints a carrier's share at specific price points, overriding its
 *     {@code relaypay.funds.carriers.<name>.share-basis-points}: carrier → amount → basis points
 * @param promotions bonus credit rules for deposits; none by default
 * @param userFees user fees by funding method wire name ({@code operator-billing},
 *     {@code premium-sms}…); none by default
 * @param userFeesDeferred whether user fees are owed and taken from later purchases
 * @param remittanceUrl base URL of the carriers' remittance API ({@code
 *     /carriers/{name}/remittance}); default the simulator's
 * @param remittanceTimeout how long to wait for a carrier's remittance
 */
@ConfigurationProperties("relaypay.settlement")
public record SettlementProperties(
        @DefaultValue("1d") Duration payoutPeriod,
        @DefaultValue("10m") Duration schedulerInterval,
        @DefaultValue("5m") Duration stuckAfter,
        @DefaultValue("50") int janitorBatch,
        Map<String, Map<Long, Integer>> carrierPricePoints,
        List<Promotion> promotions,
        Map<String, Fee> userFees,
        @DefaultValue("false") boolean userFeesDeferred,
        @DefaultValue("http://127.0.0.1:8081") String remittanceUrl,
        @DefaultValue("10s") Duration remittanceTimeout) {

    /** Fills in empty collections and rejects a non-positive period or batch. */
    public SettlementProperties {
        carrierPricePoints = carrierPricePoints == null ? Map.of() : Map.copyOf(carrierPricePoints);
        promotions = promotions == null ? List.of() : List.copyOf(promotions);
        userFees = userFees == null ? Map.of() : Map.copyOf(userFees);
        if (payoutPeriod.isNegative() || payoutPeriod.isZero()) {
            throw new IllegalArgumentException("relaypay.settlement.payout-period must be positive");
        }
        if (janitorBatch < 1) {
            throw new IllegalArgumentException("relaypay.settlement.janitor-batch must be positive");
        }
    }

    /**
     * A promotion rule.
     *
     * @param name shown to the user
     * @param minimumAmount smallest deposit it applies to, minor units
     * @param bonusBasisPoints bonus as 1/100 of a percent of the deposit
     * @param bonusFixed fixed bonus, minor units
     */
    public record Promotion(
            String name,
            @DefaultValue("0") long minimumAmount,
            @DefaultValue("0") int bonusBasisPoints,
            @DefaultValue("0") long bonusFixed) {}

    /**
     * Fee terms.
     *
     * @param basisPoints percentage part, 1/100 of a percent
     * @param fixed fixed part, minor units
     */
    public record Fee(
            @DefaultValue("0") int basisPoints,
            @DefaultValue("0") long fixed) {}
}
