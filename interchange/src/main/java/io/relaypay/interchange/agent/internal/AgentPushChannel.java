package io.relaypay.interchange.agent.internal;

import io.relaypay.interchange.agent.AgentMailbox;
import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.Channel;
import io.relaypay.messaging.channel.ChannelHealth;
import io.relaypay.messaging.channel.SendResult;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The enrolled agent as a controller: a send posts the text to the mailbox of every active device of
 * the phone whose agent is fetching, and is accepted; the agent's fetch reports it delivered. A
 * phone without one (revoked, or its agent gone quiet, since the message was routed) is a permanent
 * rejection, so the outbox moves on to the next route, an SMS. Premium messages are refused: only the carrier can bill.
 */
public final class AgentPushChannel implements Channel {

    /** How long the outbox waits before trying again when the mailbox's database did not answer. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(AgentPushChannel.class);

    private final String name;
    private final AgentMailbox mailbox;
    private final AtomicLong successes = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    /** A channel named {@code name} posting to {@code mailbox}. */
    public AgentPushChannel(String name, AgentMailbox mailbox) {
        this.name = Objects.requireNonNull(name, "name");
        this.mailbox = Objects.requireNonNull(mailbox, "mailbox");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start() {
        // Nothing to connect: the mailbox is the interchange's own database.
    }

    @Override
    public SendResult send(OutboundMessage message) {
        if (message.isPremium()) {
            failures.incrementAndGet();
            return new SendResult.Rejected("the agent cannot bill a premium message");
        }
        Optional<String> delivery;
        try {
            delivery =
                    mailbox.post(name, message.recipient().e164(), message.id().toString(), message.text());
        } catch (DataAccessException e) {
            failures.incrementAndGet();
            log.warn(
                    "message={} channel={} mailbox unavailable: {}",
                    message.id(),
                    name,
                    e.getClass().getSimpleName());
            return new SendResult.Retryable("mailbox unavailable", RETRY_AFTER);
        }
        if (delivery.isEmpty()) {
            // The router offers this route only while an agent listens, so this is a device revoked or
            // an agent stopped after routing; the mailbox itself worked, so its health counts no failure.
            return new SendResult.Rejected("no enrolled agent for this phone");
        }
        successes.incrementAndGet();
        return new SendResult.Accepted(List.of(delivery.get()));
    }

    @Override
    public ChannelHealth health() {
        return new ChannelHealth(true, 0, successes.get(), failures.get());
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
