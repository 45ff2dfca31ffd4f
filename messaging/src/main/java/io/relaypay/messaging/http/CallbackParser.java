package io.relaypay.messaging.http;

import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.InvalidMessageException;

/**
 * Turns one gateway callback into an inbound event. Implementations are pure (no I/O, no shared
 * state), so they are fuzzed directly and reused by any HTTP server.
 */
@FunctionalInterface
public interface CallbackParser {

    /**
     * Reads the callback.
     *
     * @throws InvalidMessageException with a reason a gateway operator can act on, for any input
     *     that is not a well-formed callback; nothing else escapes
     */
    InboundEvent parse(CallbackRequest request);
}
