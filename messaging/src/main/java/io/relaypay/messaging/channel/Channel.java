package io.relaypay.messaging.channel;

import io.relaypay.messaging.OutboundMessage;

/**
 * One controller the interchange reaches phones through (an SMSC bind, an HTTP aggregator, an
 * email-to-SMS gateway), behind a converter from the common format. Inbound events (MO messages,
 * delivery reports) go to the {@link InboundSink} the channel was created with.
 *
 * <p>{@link #send} blocks the calling thread until the controller answers; it is safe to call from
 * many (virtual) threads at once, and the channel bounds how many sends are in flight.
 */
public interface Channel extends AutoCloseable {

    /** The controller's configured name, unique in one deployment (e.g. {@code smsc-north}). */
    String name();

    /** Connects (binds, checks the gateway); returns at once and keeps reconnecting in the background. */
    void start();

    /** Hands one message to the controller. Never throws for a controller's answer; see {@link SendResult}. */
    SendResult send(OutboundMessage message);

    /** Current health for routing. */
    ChannelHealth health();

    /** Disconnects and stops background work. */
    @Override
    void close();
}
