package io.relaypay.messaging.channel;

import io.relaypay.messaging.InboundEvent;

/**
 * Where a channel delivers MO messages and delivery reports. Channels call it before they
 * acknowledge the event to the controller, so a sink that stores the event durably (the outbox)
 * never loses one to a crash. Must not block for long.
 */
@FunctionalInterface
public interface InboundSink {
    /**
     * Takes one event. An exception means the event was not taken: the channel answers the
     * controller with a temporary error (SMPP {@code ESME_RX_T_APPN}, HTTP 503) so it is delivered
     * again later.
     */
    void accept(InboundEvent event);
}
