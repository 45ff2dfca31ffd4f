package io.relaypay.interchange.config;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Payment decisions, {@code relaypay.decisions.*}.
 *
 * @param rules rule text (routing's RuleSetParser format) stored as the first version when the
 *     database holds none; empty means the classpath default {@code decision-rules/default.rules}.
 *     Later changes go through {@code PUT /admin/v1/decision-rules}, not this key.
 * @param pollInterval how often a node looks for rules another node stored
 * @param zone the zone whose calendar days and months spending totals follow
 * @param merchantCountry the country merchants trade from, for merchant-restriction rules
 */
@ConfigurationProperties("relaypay.decisions")
public record DecisionProperties(
        @DefaultValue("") String rules,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("UTC") ZoneId zone,
        @DefaultValue("DE") String merchantCountry) {}
