package io.relaypay.interchange.config;

import io.relaypay.messaging.outbox.OutboxSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the interchange sends texts and handles what phones send back, {@code relaypay.messaging.*}.
 *
 * @param sender who texts come from: a short code (phones can reply to it), {@code +number} or a name
 * @param confirmationValidity how long a confirmation text is worth delivering
 * @param noticeValidity how long any other text is worth delivering
 * @param moDuplicateWindow how long an SMPP MO (which has no id of its own) with the same sender,
 *     recipient and text counts as a redelivery of the first
 * @param node this node's name in outbox leases; empty means the host name
 * @param outbox how the outbox dispatches, retries and settles
 */
@ConfigurationProperties("relaypay.messaging")
public record MessagingProperties(
        @DefaultValue("84444") String sender,
        @DefaultValue("10m") Duration confirmationValidity,
        @DefaultValue("24h") Duration noticeValidity,
        @DefaultValue("10m") Duration moDuplicateWindow,
        @DefaultValue("") String node,
        @DefaultValue Outbox outbox) {

    /**
     * Outbox dispatch (messaging's {@link OutboxSettings}) and the janitor's pace.
     *
     * @param batchSize messages claimed per database round trip
     * @param concurrency hand-overs in flight at once from this node
     * @param lease how long a claim is held before the janitor may take the message back
     * @param reconcileWindow how long an unknown outcome waits for delivery reports before a retry
     * @param receiptDeadline how long after submission a final delivery report may still come
     * @param maxAttemptsPerRoute retryable answers tolerated on one route before the next route
     * @param firstBackoff the delay after the first retryable answer; doubles each time
     * @param maxBackoff the cap of that delay
     * @param pollInterval how often an idle dispatcher looks for due messages
     * @param janitorInterval how often the janitor settles stuck messages
     */
    public record Outbox(
            @DefaultValue("200") int batchSize,
            @DefaultValue("64") int concurrency,
            @DefaultValue("60s") Duration lease,
            @DefaultValue("5m") Duration reconcileWindow,
            @DefaultValue("48h") Duration receiptDeadline,
            @DefaultValue("5") int maxAttemptsPerRoute,
            @DefaultValue("1s") Duration firstBackoff,
            @DefaultValue("5m") Duration maxBackoff,
            @DefaultValue("100ms") Duration pollInterval,
            @DefaultValue("30s") Duration janitorInterval) {

        /** Messaging's settings for node {@code node}. */
        public OutboxSettings settings(String node) {
            return new OutboxSettings(
                    node,
                    batchSize,
                    concurrency,
                    lease,
                    reconcileWindow,
                    receiptDeadline,
                    maxAttemptsPerRoute,
                    firstBackoff,
                    maxBackoff,
                    pollInterval);
        }
    }

    /** The node name: {@link #node} or the host name. */
    public String nodeName() {
        if (!node.isBlank()) {
            return node;
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "interchange";
        }
    }
}
