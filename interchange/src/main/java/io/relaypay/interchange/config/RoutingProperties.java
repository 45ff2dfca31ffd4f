package io.relaypay.interchange.config;

import io.relaypay.interchange.routes.CarrierSpec;
import io.relaypay.interchange.routes.ControllerSpec;
import io.relaypay.interchange.routes.CostModelText;
import io.relaypay.routing.graph.BreakerPolicy;
import io.relaypay.routing.graph.ControllerKind;
import io.relaypay.routing.graph.ServiceType;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The route graph, {@code relaypay.routing.*}: carriers with their number ranges, controllers with
 * the channel that reaches them, what a message costs and what they carry, and the circuit breaker
 * that skips a failing controller. See docs/routing.md.
 *
 * @param zone the zone whose calendar days and months the cost report and usage counters follow
 * @param costCurrency the currency of every cost model's micro-units, as the report shows it
 * @param usageRefresh how long month-to-date usage loaded from the database is trusted
 * @param carriers carrier name → its number ranges and premium billing
 * @param ported E.164 number (bracketed key, {@code "[+4915112345671]"}) → the carrier it was ported to
 * @param controllers controller name → its settings
 * @param breaker when a controller's circuit opens
 */
@ConfigurationProperties("relaypay.routing")
public record RoutingProperties(
        @DefaultValue("UTC") ZoneId zone,
        @DefaultValue("EUR") String costCurrency,
        @DefaultValue("10s") Duration usageRefresh,
        Map<String, Carrier> carriers,
        Map<String, String> ported,
        Map<String, Controller> controllers,
        @DefaultValue Breaker breaker) {

    /** Keeps configuration order; missing maps are empty. */
    public RoutingProperties {
        carriers = carriers == null ? Map.of() : new LinkedHashMap<>(carriers);
        ported = ported == null ? Map.of() : Map.copyOf(ported);
        controllers = controllers == null ? Map.of() : new LinkedHashMap<>(controllers);
    }

    /**
     * One carrier.
     *
     * @param ranges E.164 prefixes it serves, e.g. {@code "+49151"} (quote them in YAML)
     * @param currency the currency of its price points
     * @param pricePoints premium price points in minor units, e.g. {@code 99,199,499}; empty: none
     * @param sharePermille the share of a premium price it keeps, in thousandths
     */
    public record Carrier(
            List<String> ranges,
            @DefaultValue("EUR") String currency,
            List<Long> pricePoints,
            @DefaultValue("0") int sharePermille) {}

    /**
     * One controller.
     *
     * @param channel the channel ({@code relaypay.channels.<name>}) reaching it; empty: the controller's name
     * @param kind {@code smsc}, {@code aggregator}, {@code email-gateway}, {@code agent-push} or
     *     {@code operator-billing}
     * @param cost cost model in micro-units of {@code cost-currency}: {@code free}, {@code flat 3500},
     *     {@code subscription <quota> <micros>}, {@code tiers <from>:<micros>,...}, terms joined by {@code +}
     * @param carriers the carriers it reaches
     * @param services service types it carries: {@code sms}, {@code wap-push}, {@code voice}, {@code email}, {@code im}
     * @param premium whether it delivers premium messages at its carriers' price points
     * @param premiumSharePermille the share of a premium price it keeps, in thousandths
     * @param maxPerSecond messages a second it takes; 0 for no limit
     */
    public record Controller(
            @DefaultValue("") String channel,
            @DefaultValue("smsc") String kind,
            @DefaultValue("free") String cost,
            List<String> carriers,
            @DefaultValue("sms") List<String> services,
            @DefaultValue("false") boolean premium,
            @DefaultValue("0") int premiumSharePermille,
            @DefaultValue("0") int maxPerSecond) {}

    /**
     * Routing's {@link BreakerPolicy}.
     *
     * @param window how far back controller answers count
     * @param minimumOutcomes answers the window needs before the error rate is trusted
     * @param errorPermille the error rate, in thousandths, above which the circuit opens
     * @param cooldown how long an opened circuit stays open before trial traffic
     */
    public record Breaker(
            @DefaultValue("60s") Duration window,
            @DefaultValue("5") int minimumOutcomes,
            @DefaultValue("500") int errorPermille,
            @DefaultValue("30s") Duration cooldown) {

        /** The policy. */
        public BreakerPolicy policy() {
            return new BreakerPolicy(window, minimumOutcomes, errorPermille, cooldown);
        }
    }

    /** The carriers as routing specs. */
    public List<CarrierSpec> carrierSpecs() {
        List<CarrierSpec> specs = new ArrayList<>();
        carriers.forEach((name, c) -> specs.add(new CarrierSpec(
                name,
                c.ranges() == null ? List.of() : c.ranges(),
                c.currency(),
                c.pricePoints() == null ? List.of() : c.pricePoints(),
                c.sharePermille())));
        return specs;
    }

    /** The controllers as routing specs; a bad value names its key. */
    public List<ControllerSpec> controllerSpecs() {
        List<ControllerSpec> specs = new ArrayList<>();
        controllers.forEach((name, c) -> {
            String key = "relaypay.routing.controllers." + name;
            try {
                specs.add(new ControllerSpec(
                        name,
                        c.channel().isBlank() ? name : c.channel(),
                        ControllerKind.valueOf(upper(c.kind())),
                        CostModelText.parse(c.cost()),
                        c.carriers() == null ? List.of() : c.carriers(),
                        c.services().stream()
                                .map(s -> ServiceType.valueOf(upper(s)))
                                .collect(Collectors.toSet()),
                        c.premium(),
                        c.premiumSharePermille(),
                        c.maxPerSecond()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
            }
        });
        return specs;
    }

    private static String upper(String text) {
        return text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
