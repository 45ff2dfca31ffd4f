package io.relaypay.sdk;

import java.time.Duration;

/** Waits between retries; tests substitute one that records the waits instead of waiting. */
@FunctionalInterface
interface Sleeper {

    Sleeper THREAD = duration -> Thread.sleep(duration);

    void sleep(Duration duration) throws InterruptedException;
}
