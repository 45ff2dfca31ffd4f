package io.relaypay.messaging.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThroughputLimiterTest {

    private long now = 1_000_000_000L;
    private final List<Long> waits = new ArrayList<>();

    private ThroughputLimiter limiter(int perSecond) {
        return new ThroughputLimiter(perSecond, () -> now, waits::add);
    }

    @Test
    void callersBeyondTheBurstWaitForEvenlySpacedSlots() throws InterruptedException {
        ThroughputLimiter limiter = limiter(10); // burst of 1
        for (int i = 0; i < 4; i++) {
            limiter.acquire();
        }
        assertThat(waits).containsExactly(100_000_000L, 200_000_000L, 300_000_000L);
    }

    @Test
    void aBurstOfATwentiethOfASecondPassesWithoutWaiting() throws InterruptedException {
        ThroughputLimiter limiter = limiter(1_000); // burst of 50
        for (int i = 0; i < 50; i++) {
            limiter.acquire();
        }
        assertThat(waits).isEmpty();
        limiter.acquire();
        assertThat(waits).containsExactly(1_000_000L);
    }

    @Test
    void anIdleLimiterDoesNotSaveUpMoreThanTheBurst() throws InterruptedException {
        ThroughputLimiter limiter = limiter(10);
        now += 60_000_000_000L;
        limiter.acquire();
        limiter.acquire();
        assertThat(waits).containsExactly(100_000_000L);
    }

    @Test
    void zeroMeansNoLimit() throws InterruptedException {
        ThroughputLimiter limiter = limiter(0);
        for (int i = 0; i < 1000; i++) {
            limiter.acquire();
        }
        assertThat(waits).isEmpty();
    }
}
