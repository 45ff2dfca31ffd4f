package io.relaypay.interchange.config;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.decisions.DecisionLog;
import io.relaypay.interchange.decisions.DecisionRules;
import io.relaypay.interchange.decisions.PaymentDecisions;
import io.relaypay.interchange.decisions.RuleBasedDecisions;
import io.relaypay.interchange.decisions.internal.JdbcDecisionCounters;
import io.relaypay.interchange.decisions.internal.JdbcDecisionLog;
import io.relaypay.interchange.decisions.internal.JdbcRuleStore;
import io.relaypay.interchange.merchants.MerchantService;
import io.relaypay.interchange.messages.internal.LifecyclePart;
import io.relaypay.interchange.messages.internal.Periodic;
import io.relaypay.interchange.routes.RouteNetwork;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Payment decisions on routing's rule engine: rules stored as versioned rows (seeded from {@code
 * relaypay.decisions.rules} or the classpath default), polled by every node, counters from the
 * payments table, each decision stored.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DecisionProperties.class)
class DecisionConfig {

    static final String DEFAULT_RULES = "decision-rules/default.rules";

    @Bean
    DecisionRules decisionRules(JdbcClient jdbc, DecisionProperties properties, Clock clock) {
        boolean configured = !properties.rules().isBlank();
        return new DecisionRules(
                new JdbcRuleStore(jdbc),
                configured ? properties.rules() : classpathRules(),
                configured ? "configuration" : "classpath",
                clock);
    }

    @Bean
    DecisionLog decisionLog(JdbcClient jdbc) {
        return new JdbcDecisionLog(jdbc);
    }

    @Bean
    PaymentDecisions paymentDecisions(
            DecisionRules rules,
            DecisionLog log,
            JdbcClient jdbc,
            MerchantService merchants,
            RouteNetwork network,
            DecisionProperties properties,
            Ids ids,
            Clock clock) {
        return new RuleBasedDecisions(
                rules,
                new JdbcDecisionCounters(jdbc),
                log,
                merchants,
                network::carrierOf,
                new RuleBasedDecisions.Settings(properties.zone(), properties.merchantCountry()),
                ids,
                clock);
    }

    @Bean
    LifecyclePart decisionRulesPoll(DecisionRules rules, DecisionProperties properties) {
        Periodic poll = new Periodic("decision-rules-poll", properties.pollInterval(), rules::refresh);
        return new LifecyclePart("decision rules poll", LifecyclePart.JANITOR, poll::start, poll::stop);
    }

    private static String classpathRules() {
        try (InputStream in = DecisionConfig.class.getClassLoader().getResourceAsStream(DEFAULT_RULES)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + DEFAULT_RULES + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
