package io.relaypay.interchange.config;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code relaypay.funding.*}: deposits from cards, bank accounts, stored-value accounts and the
 * phone bill, each key declared once with its default.
 *
 * @param processorUrl base URL of the card, bank and stored-value processor; default the simulator's
 * @param processorKey bearer key for it; default the simulator's
 * @param processorTimeout how long to wait for the processor before the outcome is unknown
 * @param cardVault {@code processor}: linked cards are tokenized by the processor (the default);
 *     {@code opaque}: random tokens that cannot be charged, for a server without a processor
 * @param fees by kind ({@code card}, {@code bank}, {@code stored-value}): what the processor keeps
 *     of each deposit, booked as a cost; default none
 * @param retryAfter how long a deposit waits in processing, pending or requires_action before the
 *     janitor looks it up at its source
 * @param confirmationTtl how long a deposit may wait for its SMS code or PIN before it expires
 * @param janitorInterval pause between janitor passes
 * @param janitorBatch deposits per janitor pass and state
 */
@ConfigurationProperties("relaypay.funding")
public record FundingProperties(
        @DefaultValue("http://127.0.0.1:8081/processor/v1") String processorUrl,
        @DefaultValue("sim_processor_key") String processorKey,
        @DefaultValue("10s") Duration processorTimeout,
        @DefaultValue("processor") String cardVault,
        Map<String, Fee> fees,
        @DefaultValue("30s") Duration retryAfter,
        @DefaultValue("10m") Duration confirmationTtl,
        @DefaultValue("10s") Duration janitorInterval,
        @DefaultValue("50") int janitorBatch) {

    /** Copies the fees and checks the choices. */
    public FundingProperties {
        fees = fees == null ? Map.of() : Map.copyOf(fees);
        if (!cardVault.equals("processor") && !cardVault.equals("opaque")) {
            throw new IllegalArgumentException("relaypay.funding.card-vault is processor or opaque");
        }
        if (janitorBatch < 1) {
            throw new IllegalArgumentException("relaypay.funding.janitor-batch must be positive");
        }
    }

    /**
     * A processor's price for one kind.
     *
     * @param basisPoints the rate in 1/100 of a percent
     * @param fixed minor units per deposit
     */
    public record Fee(
            @DefaultValue("0") int basisPoints,
            @DefaultValue("0") long fixed) {}
}
