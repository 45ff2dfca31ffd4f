package io.relaypay.messaging.outbox;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of a message's history.
 *
 * @param state the state the message entered
 * @param channel the channel involved, if any
 * @param detail why (a controller's answer, a report, the janitor's reason)
 * @param at when
 */
public record MessageEvent(MessageState state, Optional<String> channel, Optional<String> detail, Instant at) {}
