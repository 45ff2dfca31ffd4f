package io.relaypay.messaging.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.InboundEvent.DeliveryReport;
import io.relaypay.messaging.smpp.inbound.InboundDecoder.Receipt;
import io.relaypay.messaging.smpp.inbound.SubmittedIds;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ReceiptMatcherTest {

    private final TestClock clock = TestClock.standing();
    private final List<DeliveryReport> reports = new CopyOnWriteArrayList<>();
    private final ReceiptMatcher matcher =
            new ReceiptMatcher("smsc-a", new SubmittedIds(100), Duration.ofSeconds(2), clock, reports::add);

    private static Receipt delivered(String id) {
        return new Receipt(id, DeliveryStatus.DELIVERED, Optional.empty());
    }

    @Test
    void aReceiptForAKnownIdIsReportedAtOnceUnderTheSubmittedId() {
        matcher.submitted("1F4A");
        matcher.receipt(delivered("8010"));
        assertThat(reports).extracting(DeliveryReport::controllerMessageId).containsExactly("1F4A");
    }

    @Test
    void aReceiptThatOvertookItsSubmitRespIsReportedAsWrittenThenUnderTheSubmittedId() {
        matcher.receipt(delivered("8010"));
        assertThat(reports).extracting(DeliveryReport::controllerMessageId).containsExactly("8010");
        matcher.submitted("1F4A");
        assertThat(reports).extracting(DeliveryReport::controllerMessageId).containsExactly("8010", "1F4A");
        assertThat(matcher.parkedCount()).isZero();
    }

    @Test
    void aReceiptThatOvertookItsSubmitRespWithTheSameIdIsReportedOnce() {
        matcher.receipt(delivered("8010"));
        matcher.submitted("8010");
        assertThat(reports).extracting(DeliveryReport::controllerMessageId).containsExactly("8010");
        assertThat(matcher.parkedCount()).isZero();
    }

    @Test
    void aReceiptForAnIdNeverSubmittedHereIsReportedOnceAsWrittenAndForgottenAfterTheWait() {
        matcher.receipt(delivered("8010"));
        clock.advance(Duration.ofSeconds(1));
        matcher.sweep();
        assertThat(matcher.parkedCount()).isOne();
        clock.advance(Duration.ofSeconds(1));
        matcher.sweep();
        assertThat(matcher.parkedCount()).isZero();
        matcher.submitted("1F4A");
        assertThat(reports).extracting(DeliveryReport::controllerMessageId).containsExactly("8010");
    }
}
