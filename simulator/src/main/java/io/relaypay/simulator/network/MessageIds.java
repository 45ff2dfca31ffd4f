package io.relaypay.simulator.network;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Network-wide message ids: one increasing number per message or part, rendered per SMSC in
 * decimal or hex. Starts at 0x100000 so that ids have a realistic length and hex forms contain
 * letters soon.
 */
public final class MessageIds {

    private final AtomicLong next = new AtomicLong(0x100000);

    /** The next id. */
    public long next() {
        return next.getAndIncrement();
    }
}
