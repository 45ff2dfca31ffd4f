package io.relaypay.messaging.smpp;

import static io.relaypay.messaging.smpp.SimulatedSmsc.PHONE;
import static io.relaypay.messaging.smpp.SimulatedSmsc.SHORT_CODE;
import static io.relaypay.messaging.smpp.SimulatedSmsc.eventually;
import static io.relaypay.messaging.smpp.SimulatedSmsc.message;
import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.channel.SendResult;
import io.relaypay.simulator.IdFormat;
import io.relaypay.simulator.ReceivedMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link SmppChannel} against the simulator's SMSC over TCP: submit, receipts, MO, encodings, faults. */
class SmppChannelIT {

    private SimulatedSmsc sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private List<ReceivedMessage> inbox() {
        return sim.network.phone(PHONE).inbox();
    }

    private SendResult.Accepted accepted(SendResult result) {
        assertThat(result).isInstanceOf(SendResult.Accepted.class);
        return (SendResult.Accepted) result;
    }

    private void awaitDelivered(String id) {
        eventually()
                .untilAsserted(() -> assertThat(sim.reportsFor(id))
                        .singleElement()
                        .extracting(InboundEvent.DeliveryReport::status)
                        .isEqualTo(DeliveryStatus.DELIVERED));
    }

    @Test
    void aSubmittedMessageReachesThePhoneAndItsReceiptCarriesTheSameId() {
        sim = SimulatedSmsc.start();
        var accepted = accepted(sim.channel.send(message("Your code is 4711")));
        assertThat(accepted.controllerMessageIds()).hasSize(1);
        assertThat(inbox()).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Your code is 4711");
            assertThat(m.sender()).isEqualTo(SHORT_CODE);
            assertThat(m.networkMessageId()).isEqualTo(accepted.controllerMessageId());
        });
        awaitDelivered(accepted.controllerMessageId());
        assertThat(sim.channel.health().recentSuccesses()).isEqualTo(1);
    }

    @Test
    void receiptsWithoutTlvsAreReadFromTheirText() {
        sim = SimulatedSmsc.start(b -> b.receiptedMessageIdTlv(false), Map.of());
        awaitDelivered(accepted(sim.channel.send(message("text receipt"))).controllerMessageId());
    }

    @Test
    void aPremiumMessageIsBilledAtItsPricePoint() {
        sim = SimulatedSmsc.start();
        accepted(sim.channel.send(SimulatedSmsc.premium("Deposit 1.99 EUR", 199)));
        assertThat(inbox()).singleElement().satisfies(m -> {
            assertThat(m.premiumPriceMinor()).contains(199L);
            assertThat(m.currency()).contains("EUR");
        });
        assertThat(sim.network.phone(PHONE).bill()).hasSize(1);
    }

    @Test
    void textOutsideGsmArrivesIntactAsUcs2() {
        sim = SimulatedSmsc.start();
        accepted(sim.channel.send(message("Привет, ваш код 4711 😀")));
        assertThat(inbox()).singleElement().extracting(ReceivedMessage::text).isEqualTo("Привет, ваш код 4711 😀");
    }

    @Test
    void aLongGsmMessageGoesInPartsAndArrivesAsOneWithAReceiptPerPart() {
        sim = SimulatedSmsc.start();
        String text = "€[x] ".repeat(70); // 350 characters, 560 septets with the escapes: 4 parts
        var accepted = accepted(sim.channel.send(message(text)));
        assertThat(accepted.controllerMessageIds()).hasSize(4).doesNotHaveDuplicates();
        assertThat(inbox()).singleElement().extracting(ReceivedMessage::text).isEqualTo(text);
        accepted.controllerMessageIds().forEach(this::awaitDelivered);
    }

    @Test
    void aLongUcs2MessageKeepsEverySurrogatePairWhole() {
        sim = SimulatedSmsc.start();
        String text = "Ж😀".repeat(60); // 180 UTF-16 units: 3 parts of at most 66
        var accepted = accepted(sim.channel.send(message(text)));
        assertThat(accepted.controllerMessageIds()).hasSize(3);
        assertThat(inbox()).singleElement().extracting(ReceivedMessage::text).isEqualTo(text);
    }

    @Test
    void anMoFromAPhoneReachesTheSink() {
        sim = SimulatedSmsc.start();
        sim.network.phone(PHONE).sendMo(SHORT_CODE, "YES 4711");
        eventually()
                .untilAsserted(() -> assertThat(sim.events(InboundEvent.MobileOriginated.class))
                        .singleElement()
                        .satisfies(mo -> {
                            assertThat(mo.from().e164()).isEqualTo(PHONE);
                            assertThat(mo.to()).isEqualTo(SHORT_CODE);
                            assertThat(mo.text()).isEqualTo("YES 4711");
                        }));
    }

    @Test
    void aLongUnicodeMoIsReassembledBeforeTheSinkSeesIt() {
        sim = SimulatedSmsc.start();
        String text = "Да, согласен 👍 ".repeat(12);
        sim.network.phone(PHONE).sendMo(SHORT_CODE, text);
        String gsmText = "{ok} ".repeat(70);
        sim.network.phone(PHONE).sendMo(SHORT_CODE, gsmText);
        eventually()
                .untilAsserted(() -> assertThat(sim.events(InboundEvent.MobileOriginated.class))
                        .extracting(InboundEvent.MobileOriginated::text)
                        .containsExactlyInAnyOrder(text, gsmText));
    }

    @Test
    void throttlingIsRetryableAndTheSameRouteWorksOnceItStops() {
        sim = SimulatedSmsc.start();
        sim.smsc().throttle(true);
        assertThat(sim.channel.send(message("throttled"))).isInstanceOfSatisfying(SendResult.Retryable.class, r -> {
            assertThat(r.reason()).contains("ESME_RTHROTTLED");
            assertThat(r.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        });
        sim.smsc().throttle(false);
        accepted(sim.channel.send(message("throttled")));
        assertThat(inbox()).hasSize(1);
        assertThat(sim.channel.health().recentFailures()).isEqualTo(1);
    }

    @Test
    void anInvalidDestinationIsRejected() {
        sim = SimulatedSmsc.start();
        sim.smsc().rejectNext(1, SubmitStatus.ESME_RINVDSTADR);
        assertThat(sim.channel.send(message("nobody")))
                .isEqualTo(new SendResult.Rejected("SMSC answered ESME_RINVDSTADR (0x0B)"));
        assertThat(inbox()).isEmpty();
    }

    @Test
    void aPartRefusedAfterEarlierPartsWereAcceptedMakesTheOutcomeUnknownWithTheirIds() {
        // One submit a second: the first part is accepted, a following one throttled.
        sim = SimulatedSmsc.start(b -> b.maxSubmitsPerSecond(1), Map.of());
        assertThat(sim.channel.send(message("x".repeat(800)))).isInstanceOfSatisfying(SendResult.Unknown.class, u -> {
            assertThat(u.reason()).contains("ESME_RTHROTTLED").contains("of 6 failed");
            assertThat(u.controllerMessageIds()).isNotEmpty().hasSizeLessThan(6);
        });
    }

    @Test
    void noMoreSubmitsThanTheWindowAreOutstandingAtOnce() throws Exception {
        sim = SimulatedSmsc.start(b -> b.latency(Duration.ofMillis(100)), Map.of("window-size", "4"));
        var maxSeen = new AtomicInteger();
        List<Future<SendResult>> results = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 24; i++) {
                String text = "windowed " + i;
                results.add(executor.submit(() -> sim.channel.send(message(text))));
            }
            while (!results.stream().allMatch(Future::isDone)) {
                maxSeen.accumulateAndGet(sim.channel.health().inFlight(), Math::max);
                Thread.onSpinWait();
            }
        }
        for (Future<SendResult> result : results) {
            accepted(result.get());
        }
        assertThat(maxSeen.get()).isEqualTo(4);
        assertThat(inbox()).hasSize(24);
    }

    @Test
    void theThroughputLimitKeepsSubmitsUnderTheSmscsRate() throws Exception {
        // The SMSC throttles beyond 15 submit_sm a second; the channel paces itself to 10.
        sim = SimulatedSmsc.start(b -> b.maxSubmitsPerSecond(15), Map.of("max-submits-per-second", "10"));
        List<Future<SendResult>> results = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 25; i++) {
                String text = "paced " + i;
                results.add(executor.submit(() -> sim.channel.send(message(text))));
            }
        }
        for (Future<SendResult> result : results) {
            accepted(result.get());
        }
        assertThat(sim.smsc().submitsRejected()).isZero();
    }

    @Test
    void aSubmitWaitingWhenTheLinkDropsReportsAnUnknownOutcomeWithoutWaitingOutTheTimeout() throws Exception {
        // The SMSC sits on every submit_sm; the response timeout is far beyond the test's deadline.
        sim = SimulatedSmsc.start(b -> b.latency(Duration.ofSeconds(5)), Map.of("response-timeout", "PT120S"));
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<SendResult> result = executor.submit(() -> sim.channel.send(message("in flight")));
            eventually().until(() -> sim.channel.health().inFlight() == 1);
            sim.smsc().dropBinds();
            eventually().until(result::isDone);
            assertThat(result.get()).isInstanceOfSatisfying(SendResult.Unknown.class, u -> {
                assertThat(u.reason()).contains("link lost");
                assertThat(u.controllerMessageIds()).isEmpty();
            });
        }
    }

    @Test
    void receiptsMatchWhenTheSmscReportsHexIdsInDecimal() {
        sim = SimulatedSmsc.start(b -> b.idFormats(IdFormat.HEX, IdFormat.DECIMAL), Map.of());
        var accepted = accepted(sim.channel.send(message("hex then decimal")));
        assertThat(accepted.controllerMessageId()).matches("[0-9A-F]+");
        awaitDelivered(accepted.controllerMessageId());
    }

    @Test
    void receiptsMatchWhenTheSmscReportsDecimalIdsInHex() {
        sim = SimulatedSmsc.start(
                b -> b.idFormats(IdFormat.DECIMAL, IdFormat.HEX).receiptedMessageIdTlv(false), Map.of());
        var submitted = new java.util.HashSet<String>();
        for (int i = 0; i < 20; i++) {
            String id =
                    accepted(sim.channel.send(message("decimal then hex " + i))).controllerMessageId();
            submitted.add(id);
            awaitDelivered(id);
        }
        // A receipt that overtakes its submit_sm_resp is reported first as written (hex here), then
        // under the submitted id; every submitted id is reported exactly once.
        assertThat(sim.events(InboundEvent.DeliveryReport.class).stream()
                        .map(InboundEvent.DeliveryReport::controllerMessageId)
                        .filter(submitted::contains))
                .hasSize(20)
                .doesNotHaveDuplicates();
    }

    @Test
    void aRefusedBindIsRetriedWithBackoffUntilTheSmscTakesItAgain() {
        sim = SimulatedSmsc.start();
        sim.smsc().refuseBinds(true);
        sim.smsc().dropBinds();
        eventually().until(() -> !sim.channel.health().connected());
        assertThat(sim.channel.send(message("while down")))
                .isInstanceOfSatisfying(
                        SendResult.Retryable.class, r -> assertThat(r.reason()).contains("not bound"));
        sim.smsc().refuseBinds(false);
        sim.awaitBound();
        accepted(sim.channel.send(message("after")));
        assertThat(inbox()).extracting(ReceivedMessage::text).containsExactly("after");
        assertThat(Optional.of(sim.smsc().boundSessions())).contains(1);
    }
}
