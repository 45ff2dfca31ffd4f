package io.relaypay.messaging.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.messaging.channel.SendResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SubmitStatusTest {

    private static final Duration THROTTLE = Duration.ofSeconds(1);
    private static final Duration TRANSIENT = Duration.ofSeconds(5);

    @Test
    void throttlingAndAFullQueueAreRetryableAfterTheThrottleDelay() {
        assertThat(SubmitStatus.result(0x58, THROTTLE, TRANSIENT))
                .isEqualTo(new SendResult.Retryable("SMSC answered ESME_RTHROTTLED (0x58)", THROTTLE));
        assertThat(SubmitStatus.result(0x14, THROTTLE, TRANSIENT))
                .isInstanceOfSatisfying(
                        SendResult.Retryable.class,
                        r -> assertThat(r.retryAfter()).isEqualTo(THROTTLE));
    }

    @Test
    void transientSmscFaultsAreRetryableAfterTheLongerDelay() {
        for (int status : new int[] {0x04, 0x08, 0x64}) {
            assertThat(SubmitStatus.result(status, THROTTLE, TRANSIENT))
                    .isInstanceOfSatisfying(
                            SendResult.Retryable.class,
                            r -> assertThat(r.retryAfter()).isEqualTo(TRANSIENT));
        }
    }

    @Test
    void addressAndParameterErrorsArePermanent() {
        assertThat(SubmitStatus.result(0x0B, THROTTLE, TRANSIENT))
                .isEqualTo(new SendResult.Rejected("SMSC answered ESME_RINVDSTADR (0x0B)"));
        assertThat(SubmitStatus.result(0x45, THROTTLE, TRANSIENT)).isInstanceOf(SendResult.Rejected.class);
        assertThat(SubmitStatus.result(0x1234, THROTTLE, TRANSIENT))
                .isEqualTo(new SendResult.Rejected("SMSC answered status (0x1234)"));
    }
}
