package io.relaypay.agent.token;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The nonces of tokens this agent has prompted for, until they expire: the same token a second time
 * is refused before any prompt. (The interchange keeps the authoritative record; this spares the
 * user a second prompt for a replayed token.)
 */
public final class NonceLedger {

    private final Clock clock;
    private final Map<String, Long> seen = new HashMap<>();

    /** Expires nonces by {@code clock}. */
    public NonceLedger(Clock clock) {
        this.clock = clock;
    }

    /** Records {@code nonce} until {@code expiresAt}; false when it was recorded already. */
    public synchronized boolean claim(String nonce, long expiresAt) {
        long now = clock.instant().getEpochSecond();
        seen.values().removeIf(until -> until < now);
        return seen.putIfAbsent(nonce, expiresAt) == null;
    }

    /** Forgets {@code nonce}, for a token that never reached a prompt. */
    public synchronized void release(String nonce) {
        seen.remove(nonce);
    }
}
