package io.relaypay.messaging.channel;

import io.relaypay.messaging.InboundEvent;

/** Where a channel delivers MO messages and delivery reports. Must not block for long. */
@FunctionalInterface
public interface InboundSink {
    /** Takes one event; an exception is logged by the channel and the event acknowledged anyway. */
    void accept(InboundEvent event);
}
