package io.relaypay.interchange.config;

import io.relaypay.interchange.retention.RetentionPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What is deleted when, {@code relaypay.retention.*} (docs/interchange.md, "Retention").
 *
 * @param enabled whether this node runs the retention janitor
 * @param interval pause between passes
 * @param events merchant events and their webhook attempts, once delivered or given up
 * @param messages outbox messages in a final state
 * @param replies handled MOs; longer than {@code relaypay.messaging.mo-duplicate-window}
 * @param decisions decision records (an audit trail: kept long)
 * @param batch rows per delete statement
 */
@ConfigurationProperties("relaypay.retention")
public record RetentionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1h") Duration interval,
        @DefaultValue("30d") Duration events,
        @DefaultValue("30d") Duration messages,
        @DefaultValue("7d") Duration replies,
        @DefaultValue("400d") Duration decisions,
        @DefaultValue("500") int batch) {

    /** The policy these settings describe. */
    public RetentionPolicy policy() {
        return new RetentionPolicy(events, messages, replies, decisions, batch);
    }
}
