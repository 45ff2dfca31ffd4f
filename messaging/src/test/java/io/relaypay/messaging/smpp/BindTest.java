package io.relaypay.messaging.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.Test;

class BindTest {

    private final Bind bind = new Bind(new SMPPSession(), 4);

    @Test
    void abandoningWakesAWaitingSubmitAndItsThreadEndsWithoutTheInterrupt() throws InterruptedException {
        var woken = new AtomicBoolean();
        var interruptedAfterExit = new AtomicBoolean(true);
        Thread submitter = Thread.ofVirtual().start(() -> {
            try {
                Bind.Call call = bind.enter();
                try {
                    new CountDownLatch(1).await(); // stands for jSMPP waiting for submit_sm_resp
                } catch (InterruptedException e) {
                    woken.set(true);
                    Thread.currentThread().interrupt(); // as jSMPP's PendingResponse does
                } finally {
                    bind.exit(call);
                }
                interruptedAfterExit.set(Thread.currentThread().isInterrupted());
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> bind.inFlight() == 1);

        bind.abandon();
        submitter.join();

        assertThat(woken).isTrue();
        assertThat(interruptedAfterExit).isFalse();
        assertThat(bind.inFlight()).isZero();
    }

    @Test
    void aSubmitThatEndedBeforeTheLossIsLeftAlone() throws InterruptedException {
        Bind.Call call = bind.enter();
        bind.exit(call);
        bind.abandon();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void noSubmitStartsOnAnAbandonedBind() throws InterruptedException {
        bind.abandon();
        assertThat(bind.enter()).isNull();
        assertThat(bind.inFlight()).isZero();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}
