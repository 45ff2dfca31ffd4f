package io.relaypay.simulator.smsc;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of one SMSC. */
final class SmscCounters {
    final AtomicLong accepted = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
}
