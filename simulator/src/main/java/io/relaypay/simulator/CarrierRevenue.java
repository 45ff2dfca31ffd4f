package io.relaypay.simulator;

/**
 * What a carrier billed its subscribers for premium messages and how it splits it.
 *
 * @param carrier the carrier's name
 * @param currency its billing currency
 * @param charges number of premium charges
 * @param billedMinor sum billed to subscribers
 * @param carrierShareMinor the part the carrier keeps
 * @param payableMinor the part owed to service providers ({@code billed - carrierShare})
 */
public record CarrierRevenue(
        String carrier, String currency, int charges, long billedMinor, long carrierShareMinor, long payableMinor) {}
