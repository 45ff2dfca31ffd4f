package io.relaypay.interchange.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the hosted checkout, the PIN and the payment janitor ({@code relaypay.checkout.*}),
 * each declared once with its default. The confirmation code's lifetime and tries are
 * {@code relaypay.payments.confirmation-ttl} and {@code relaypay.payments.confirmation-attempts}.
 *
 * @param confirmationSends confirmation messages per payment, the first included ("send a new code")
 * @param phoneRegion ISO 3166 alpha-2 region for numbers typed without a country code; empty: the
 *     buyer must type the country code
 * @param pinMaxFailures wrong PINs in a row that lock PIN entry
 * @param pinLock how long PIN entry stays locked
 * @param pinHashIterations PBKDF2 iterations of new PIN hashes (at least 310000); raising it re-hashes
 *     each PIN at its next right entry
 * @param pinCodeInterval least time between two PIN-setting codes to one number
 * @param statusPollInterval how often open status streams (server-sent events) look for changes
 * @param janitorInterval pause between janitor runs
 * @param processingLease how long a payment may stay processing before the janitor settles it again
 * @param janitorBatch the most payments of each kind one janitor run handles
 */
@ConfigurationProperties("relaypay.checkout")
public record CheckoutProperties(
        @DefaultValue("3") int confirmationSends,
        @DefaultValue("") String phoneRegion,
        @DefaultValue("5") int pinMaxFailures,
        @DefaultValue("15m") Duration pinLock,
        @DefaultValue("310000") int pinHashIterations,
        @DefaultValue("1m") Duration pinCodeInterval,
        @DefaultValue("1s") Duration statusPollInterval,
        @DefaultValue("30s") Duration janitorInterval,
        @DefaultValue("2m") Duration processingLease,
        @DefaultValue("100") int janitorBatch) {}
