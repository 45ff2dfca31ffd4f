package io.relaypay.simulator.processor;

import java.util.Objects;

/**
 * How the processor behaves.
 *
 * @param apiKey the bearer key of {@code /processor/v1}
 * @param bankSettlementDays how many days after it was made a bank debit or credit settles or
 *     returns, by the processor's clock
 */
public record ProcessorConfig(String apiKey, int bankSettlementDays) {

    /** The key the demo and tests use. */
    public static final String DEFAULT_API_KEY = "sim_processor_key";

    /** Requires a key and a settlement delay of at least one day. */
    public ProcessorConfig {
        if (Objects.requireNonNull(apiKey, "apiKey").isBlank()) {
            throw new IllegalArgumentException("apiKey must not be blank");
        }
        if (bankSettlementDays < 1) {
            throw new IllegalArgumentException("bankSettlementDays must be at least 1");
        }
    }

    /** {@link #DEFAULT_API_KEY}, bank settlement after 3 days (ACH's usual). */
    public static ProcessorConfig defaults() {
        return new ProcessorConfig(DEFAULT_API_KEY, 3);
    }
}
