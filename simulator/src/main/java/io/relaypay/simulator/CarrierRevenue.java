package io.relaypay.simulator;

/**
 * What a carrier billed its subscribers (premium messages and operator billing, net of refunds) and
 * how it splits it.
 *
 * @param carrier the carrier's name
 * @param currency its billing currency
 * @param charges number of bill lines (charges and refunds)
 * @param billedMinor sum billed to subscribers, net of refunds
 * @param carrierShareMinor the part the carrier keeps
 * @param payableMinor the part owed to service providers ({@code billed - carrierShare})
 */
public record CarrierRevenue(
        String carrier, String currency, int charges, long billedMinor, long carrierShareMinor, long payableMinor) {}
