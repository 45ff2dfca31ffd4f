package io.relaypay.messaging.smpp;

import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.channel.InboundSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channel's sink as the SMPP session sees it: an exception from the consumer is logged and the
 * event counts as acknowledged, as {@link InboundSink} documents, so the SMSC is not made to
 * redeliver (and the session is not disturbed) because our own consumer failed.
 */
record GuardedSink(String channel, InboundSink sink) implements InboundSink {
    private static final Logger log = LoggerFactory.getLogger(GuardedSink.class);

    @Override
    public void accept(InboundEvent event) {
        try {
            sink.accept(event);
        } catch (RuntimeException e) {
            // The event itself is not logged: an MO may carry a confirmation code.
            log.error(
                    "Inbound sink failed channel={} event={}; acknowledged anyway",
                    channel,
                    event.getClass().getSimpleName(),
                    e);
        }
    }
}
