package io.relaypay.messaging.outbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Tells an idle {@link OutboxDispatcher} that its outbox stored a message, so the message leaves
 * when its transaction commits instead of at the next poll. The poll stays for what a doorbell
 * cannot announce: messages other nodes stored, and retries whose backoff ran out.
 */
final class Doorbell {

    // One permit at most: any number of rings during a dispatch mean one more claim.
    private final Semaphore pending = new Semaphore(0);

    void ring() {
        if (pending.availablePermits() == 0) {
            pending.release();
        }
    }

    /** Waits until a ring or {@code timeout}, whichever comes first. */
    void await(Duration timeout) throws InterruptedException {
        if (pending.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            pending.drainPermits();
        }
    }
}
