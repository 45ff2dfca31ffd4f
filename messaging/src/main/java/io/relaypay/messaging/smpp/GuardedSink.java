package io.relaypay.messaging.smpp;

import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.channel.InboundSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channel's sink as the SMPP session sees it: a failure of the consumer is logged (without the
 * event: an MO may carry a confirmation code) and rethrown as {@link SinkFailure}, which the
 * listener answers with {@code ESME_RX_T_APPN} so the SMSC delivers the PDU again later.
 */
record GuardedSink(String channel, InboundSink sink) implements InboundSink {
    private static final Logger log = LoggerFactory.getLogger(GuardedSink.class);

    /** The consumer did not take the event. */
    static final class SinkFailure extends RuntimeException {
        SinkFailure(Throwable cause) {
            super(cause);
        }
    }

    @Override
    public void accept(InboundEvent event) {
        try {
            sink.accept(event);
        } catch (RuntimeException e) {
            log.error(
                    "Inbound sink failed channel={} event={}; asking the SMSC to redeliver",
                    channel,
                    event.getClass().getSimpleName(),
                    e);
            throw new SinkFailure(e);
        }
    }
}
