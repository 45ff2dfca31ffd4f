package io.relaypay.interchange.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery settings, {@code relaypay.webhooks.*}, each declared once with its default. The
 * retry schedule and its three-day window are the contract (docs/api.md), not settings.
 *
 * @param enabled whether this node posts webhooks; events are stored and queued either way, so a
 *     node may be kept off delivery while others send
 * @param pollInterval how often an idle worker looks for due deliveries
 * @param batchSize deliveries claimed per query
 * @param concurrency posts in flight at once on this node
 * @param timeout how long a merchant has to accept the connection and answer (connect and answer,
 *     each and together)
 * @param lease how long a claimed delivery stays with this node before the janitor of any node may
 *     take it back; must exceed {@code timeout} comfortably
 * @param janitorInterval how often this node looks for deliveries whose lease ran out
 * @param allowPrivateAddresses post to loopback and private addresses too; off by default so that a
 *     merchant's webhook URL cannot reach inside our network; the demo turns it on because its shop
 *     runs on this machine
 */
@ConfigurationProperties("relaypay.webhooks")
public record WebhookProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("32") int batchSize,
        @DefaultValue("64") int concurrency,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("30s") Duration janitorInterval,
        @DefaultValue("false") boolean allowPrivateAddresses) {

    /** Rejects a lease too short to cover a post. */
    public WebhookProperties {
        if (lease.compareTo(timeout.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("relaypay.webhooks.lease must be at least twice the timeout");
        }
    }
}
