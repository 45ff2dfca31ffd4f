package io.relaypay.interchange.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code relaypay.funds.*}: how payments are funded and settled, each key declared once with its
 * default.
 *
 * @param billingUrl base URL of the carriers' operator billing API (CAMARA Carrier Billing shape),
 *     used for every carrier that does not set its own; default the simulator's
 * @param billingKey bearer key for that API; default the simulator's
 * @param billingTimeout how long to wait for a billing answer before treating it as unknown
 * @param carriers by name: number prefixes and share; default the simulator's demo network,
 *     {@code northwind} (+49151, +49160, 30 %) and {@code bluewave} (+49176, +49179, 35 %)
 * @param settleLease how long one worker holds a payment while settling it; payments in
 *     {@code processing} and refunds pending for longer are retried by the janitor
 * @param janitorInterval pause between janitor passes
 * @param janitorBatch payments (and refunds) per janitor pass
 * @param premiumFallback when a carrier refuses to bill a purchase for another reason than the
 *     buyer's funds (third-party billing barred), top the balance up by premium SMS instead and pay
 *     from it once that deposit succeeds; off by default, as the buyer then confirms a second time
 */
@ConfigurationProperties("relaypay.funds")
public record FundsProperties(
        @DefaultValue("http://127.0.0.1:8081/carrier-billing/v0")
        String billingUrl,

        @DefaultValue("sim_billing_key") String billingKey,
        @DefaultValue("10s") Duration billingTimeout,
        Map<String, Carrier> carriers,
        @DefaultValue("60s") Duration settleLease,
        @DefaultValue("10s") Duration janitorInterval,
        @DefaultValue("50") int janitorBatch,
        @DefaultValue("false") boolean premiumFallback) {

    /** The simulator's demo carriers. */
    static final Map<String, Carrier> DEFAULT_CARRIERS = Map.of(
            "northwind", new Carrier(List.of("+49151", "+49160"), 3_000, "", ""),
            "bluewave", new Carrier(List.of("+49176", "+49179"), 3_500, "", ""));

    /** Fills in the default carriers when none are configured. */
    public FundsProperties {
        carriers = carriers == null || carriers.isEmpty() ? DEFAULT_CARRIERS : Map.copyOf(carriers);
        if (janitorBatch < 1) {
            throw new IllegalArgumentException("relaypay.funds.janitor-batch must be positive");
        }
    }

    /**
     * One carrier Relaypay bills through.
     *
     * @param prefixes E.164 prefixes of its subscribers' numbers
     * @param shareBasisPoints what it keeps of each charge, in 1/100 of a percent
     * @param billingUrl its own billing API base URL; empty for {@code relaypay.funds.billing-url}
     * @param billingKey its own bearer key; empty for {@code relaypay.funds.billing-key}
     */
    public record Carrier(
            List<String> prefixes,
            @DefaultValue("3000") int shareBasisPoints,
            @DefaultValue("") String billingUrl,
            @DefaultValue("") String billingKey) {

        /** Copies the prefixes. */
        public Carrier {
            prefixes = prefixes == null ? List.of() : List.copyOf(prefixes);
        }
    }
}
