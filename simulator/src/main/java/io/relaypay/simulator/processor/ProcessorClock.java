package io.relaypay.simulator.processor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The processor's time: the network's clock plus whatever a test or the control endpoint moved it
 * forward, so that bank settlement days can pass in a second. It never goes back.
 */
final class ProcessorClock extends Clock {

    private final Clock base;
    private volatile Duration ahead = Duration.ZERO;

    ProcessorClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    synchronized void advance(Duration duration) {
        if (duration.isNegative()) {
            throw ProcessorException.invalid("time cannot go back");
        }
        ahead = ahead.plus(duration);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the processor's clock has one zone");
    }
}
