package io.relaypay.messaging.channel;

/**
 * How a channel is doing, for the router to choose and skip routes.
 *
 * @param connected bound to the SMSC, or the gateway answered recently
 * @param inFlight messages handed over and not yet answered
 * @param recentSuccesses sends accepted within the recent window
 * @param recentFailures sends rejected, retryable or unknown within the recent window
 */
public record ChannelHealth(boolean connected, int inFlight, long recentSuccesses, long recentFailures) {

    /** Accepted share of recent sends in per mille; 1000 when nothing was sent recently. */
    public int successPermille() {
        long total = recentSuccesses + recentFailures;
        return total == 0 ? 1000 : (int) (recentSuccesses * 1000 / total);
    }
}
