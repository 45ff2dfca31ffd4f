package io.relaypay.messaging.outbox;

import static io.relaypay.messaging.outbox.Messages.notification;
import static io.relaypay.messaging.outbox.Messages.premium;
import static io.relaypay.messaging.outbox.Messages.report;
import static io.relaypay.messaging.outbox.Messages.reportWithReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.SendResult;
import io.relaypay.testkit.TestClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox's behaviour, run against each database it supports. */
abstract class OutboxSpec {

    private final TestClock clock = TestClock.standing();
    private final OutboxSettings settings = OutboxSettings.defaults("test-node")
            .withReconcileWindow(Duration.ofMinutes(5))
            .withLease(Duration.ofSeconds(30));
    private final RecordingChannel north = new RecordingChannel("north");
    private final RecordingChannel south = new RecordingChannel("south");
    private Outbox outbox;
    private OutboxDispatcher dispatcher;
    private OutboxJanitor janitor;

    abstract DataSource dataSource();

    @BeforeEach
    void openOutbox() throws SQLException {
        outbox = Outbox.open(dataSource(), clock);
        try (Connection c = dataSource().getConnection();
                Statement s = c.createStatement()) {
            for (String table : List.of("outbox_event", "outbox_submission", "outbox_receipt", "outbox_message")) {
                s.executeUpdate("DELETE FROM " + table);
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        dispatcher = new OutboxDispatcher(outbox, Map.of("north", north, "south", south), settings);
        janitor = new OutboxJanitor(outbox, settings);
    }

    @AfterEach
    void closeDispatcher() {
        dispatcher.close();
    }

    private MessageState dispatchAndState(OutboundMessage message) {
        dispatcher.dispatchOnce();
        dispatcher.awaitIdle();
        return outbox.status(message.id()).orElseThrow().state();
    }

    @Test
    void acceptedMessageIsStoredQueuedBeforeAnythingIsSent() {
        OutboundMessage message = notification(clock.instant());

        MessageStatus status = outbox.accept(message, List.of("north"));

        assertThat(status.state()).isEqualTo(MessageState.QUEUED);
        assertThat(status.message()).isEqualTo(message);
        assertThat(north.sent()).isEmpty();
        assertThat(outbox.history(message.id())).extracting(MessageEvent::state).containsExactly(MessageState.QUEUED);
    }

    @Test
    void acceptingTheSameMessageTwiceStoresItOnce() {
        OutboundMessage message = notification(clock.instant());
        outbox.accept(message, List.of("north"));
        outbox.accept(message, List.of("north"));

        dispatchAndState(message);

        assertThat(north.sent()).hasSize(1);
    }

    @Test
    void reusingAnIdForDifferentContentIsRefused() {
        OutboundMessage message = notification(clock.instant());
        outbox.accept(message, List.of("north"));
        OutboundMessage changed = OutboundMessage.to(message.recipient())
                .id(message.id())
                .from(message.sender())
                .text("something else")
                .build(clock.instant());

        assertThatThrownBy(() -> outbox.accept(changed, List.of("north")))
                .isInstanceOf(DuplicateMessageException.class);
    }

    @Test
    void aMessageAcceptedInTheCallersTransactionCommitsWithIt() throws SQLException {
        OutboundMessage kept = notification(clock.instant());
        OutboundMessage dropped = notification(clock.instant());
        try (Connection caller = dataSource().getConnection()) {
            caller.setAutoCommit(false);
            Outbox joined = Outbox.open(dataSource(), clock, () -> Optional.of(caller));
            joined.accept(kept, List.of("north"));
            caller.commit();
            joined.accept(dropped, List.of("north"));
            caller.rollback();
        }

        assertThat(outbox.status(kept.id())).isPresent();
        assertThat(outbox.status(dropped.id())).isEmpty();
    }

    @Test
    void aDuplicateInTheCallersTransactionLeavesItUsable() throws SQLException {
        OutboundMessage message = notification(clock.instant());
        outbox.accept(message, List.of("north"));
        OutboundMessage after = notification(clock.instant());
        try (Connection caller = dataSource().getConnection()) {
            caller.setAutoCommit(false);
            Outbox joined = Outbox.open(dataSource(), clock, () -> Optional.of(caller));
            assertThat(joined.accept(message, List.of("north")).state()).isEqualTo(MessageState.QUEUED);
            joined.accept(after, List.of("north"));
            caller.commit();
        }

        assertThat(outbox.status(after.id())).isPresent();
    }

    @Test
    void purgingTakesOnlyFinishedMessagesOlderThanTheCutoff() {
        OutboundMessage finished = notification(clock.instant());
        OutboundMessage waiting = notification(clock.instant());
        outbox.accept(finished, List.of("north"));
        dispatchAndState(finished);
        outbox.record(report("north", north.lastControllerId(), DeliveryStatus.DELIVERED, clock.instant()));
        outbox.accept(waiting, List.of("north"));
        assertThat(outbox.status(finished.id()).orElseThrow().state()).isEqualTo(MessageState.DELIVERED);

        int early = outbox.purgeFinished(clock.instant().minusSeconds(60), 100);
        int late = outbox.purgeFinished(clock.instant().plusSeconds(60), 100);

        assertThat(early).isZero();
        assertThat(late).isEqualTo(1);
        assertThat(outbox.status(finished.id())).isEmpty();
        assertThat(outbox.history(finished.id())).isEmpty();
        assertThat(outbox.status(waiting.id())).isPresent();
    }

    @Test
    void acceptedMessageWaitsForItsDeliveryReport() {
        OutboundMessage message = notification(clock.instant());
        outbox.accept(message, List.of("north"));

        assertThat(dispatchAndState(message)).isEqualTo(MessageState.SUBMITTED);
        outbox.record(report("north", north.lastControllerId(), DeliveryStatus.DELIVERED, clock.instant()));

        MessageStatus status = outbox.status(message.id()).orElseThrow();
        assertThat(status.state()).isEqualTo(MessageState.DELIVERED);
        assertThat(status.parts()).singleElement().satisfies(part -> {
            assertThat(part.controllerMessageId()).isEqualTo(north.lastControllerId());
            assertThat(part.status()).isEqualTo("DELIVERED");
        });
        assertThat(outbox.history(message.id()))
                .extracting(MessageEvent::state)
                .containsExactly(
                        MessageState.QUEUED, MessageState.SENDING, MessageState.SUBMITTED, MessageState.DELIVERED);
    }

    @Test
    void messageInPartsIsDeliveredOnlyWhenEveryPartIs() {
        OutboundMessage message = notification(clock.instant());
        north.thenAnswer(new SendResult.Accepted(List.of("p1", "p2")));
        outbox.accept(message, List.of("north"));
        dispatchAndState(message);

        outbox.record(report("north", "p1", DeliveryStatus.DELIVERED, clock.instant()));
        assertThat(outbox.status(message.id()).orElseThrow().state()).isEqualTo(MessageState.SUBMITTED);
        outbox.record(report("north", "p2", DeliveryStatus.UNDELIVERABLE, clock.instant()));

        assertThat(outbox.status(message.id()).orElseThrow().state()).isEqualTo(MessageState.UNDELIVERED);
    }

    @Test
    void reportThatOvertakesItsSubmissionIsAppliedOnceTheSubmissionIsRecorded() {
        OutboundMessage message = notification(clock.instant());
        north.thenAnswer(new SendResult.Accepted(List.of("early")));
        outbox.record(report("north", "early", DeliveryStatus.DELIVERED, clock.instant()));
        outbox.accept(message, List.of("north"));

        assertThat(dispatchAndState(message)).isEqualTo(MessageState.DELIVERED);
    }

    @Test
    void rejectedMessageTriesTheNextRoute() {
        OutboundMessage message = notification(clock.instant());
        north.thenAnswer(new SendResult.Rejected("ESME_RINVDSTADR"));
        outbox.accept(message, List.of("north", "south"));

        assertThat(dispatchAndState(message)).isEqualTo(MessageState.QUEUED);
        assertThat(dispatchAndState(message)).isEqualTo(MessageState.SUBMITTED);

        assertThat(north.sent()).hasSize(1);
        assertThat(south.sent()).hasSize(1);
        assertThat(outbox.status(message.id()).orElseThrow().channel()).isEqualTo("south");
    }

    @Test
    void messageRejectedOnEveryRouteFails() {
        OutboundMessage message = notification(clock.instant());
        north.thenAnswer(new SendResult.Rejected("barred"));
        outbox.accept(message, List.of("north"));

        assertThat(dispatchAndState(message)).isEqualTo(MessageState.FAILED);
        assertThat(outbox.status(message.id()).orElseThrow().lastError()).hasValue("north: barred");
    }

    @Test
    void throttledMessageWaitsItsBackoffThenGoesOut() {
        OutboundMessage message = notification(clock.instant());
        north.thenAnswer(new SendResult.Retryable("ESME_RTHROTTLED", Duration.ofSeconds(5)));
        outbox.accept(message, List.of("north"));

        assertThat(dispatchAndState(message)).isEqualTo(MessageState.QUEUED);
        assertThat(dispatcher.dispatchOnce()).isZero();
        clock.advance(Duration.ofSeconds(5));

        assertThat(dispatchAndState(message)).isEqualTo(MessageState.SUBMITTED);
        assertThat(north.sent()).hasSize(2);
    }

    @Test
    void routeThatKeepsFailingIsLeftForTheNextOne() {
        OutboundMessage message = notification(clock.instant());
        for (int i = 0; i < settings.maxAttemptsPerRoute(); i++) {
            north.thenAnswer(new SendResult.Retryable("not bound", Duration.ZERO));
        }
        outbox.accept(message, List.of("north", "south"));

        for (int i = 0; i < settings.maxAttemptsPerRoute(); i++) {
            dispatchAndState(message);
            clock.advance(settings.maxBackoff());
        }

        assertThat(dispatchAndState(message)).isEqualTo(MessageState.SUBMITTED);
        assertThat(north.sent()).hasSize(settings.maxAttemptsPerRoute());
        assertThat(south.sent()).hasSize(1);
    }

    @Test
    void unknownOutcomeIsSettledByAReportCarryingTheReference() {
        OutboundMessage message = notification(clock.instant());
        north.thenAnswer(new SendResult.Unknown("connection lost", List.of()));
        outbox.accept(message, List.of("north"));

        assertThat(dispatchAndState(message)).isEqualTo(MessageState.UNKNOWN);
        outbox.record(reportWithReference("north", "smsc-77", message.id(), DeliveryStatus.DELIVERED, clock.instant()));
        clock.advance(settings.reconcileWindow());
        janitor.runOnce();

        assertThat(outbox.status(message.id()).orElseThrow().state()).isEqualTo(MessageState.DELIVERED);
        assertThat(dispatcher.dispatchOnce()).isZero();
        assertThat(north.sent()).hasSize(1);
    }

    @Test
    void twoReportsAboutTheSamePartOfAnUnknownMessageRevealOnePart() {
        OutboundMessage message = notification(clock.instant());
        north.thenAnswer(new SendResult.Unknown("connection lost", List.of()));
        outbox.accept(message, List.of("north"));
        dispatchAndState(message);

        outbox.record(reportWithReference("north", "smsc-9", message.id(), DeliveryStatus.ENROUTE, clock.instant()));
        assertThat(outbox.status(message.id()).orElseThrow().state()).isEqualTo(MessageState.SUBMITTED);
        outbox.record(reportWithReference("north", "smsc-9", message.id(), DeliveryStatus.DELIVERED, clock.instant()));

        MessageStatus status = outbox.status(message.id()).orElseThrow();
        assertThat(status.state()).isEqualTo(MessageState.DELIVERED);
        assertThat(status.parts())
                .singleElement()
                .extracting(MessageStatus.SubmittedPart::controllerMessageId)
                .isEqualTo("smsc-9");
    }

    @Test
    void unknownOutcomeWithoutAnyReportIsSentAgainAfterTheWindow() {
        OutboundMessage message = notification(clock.instant());
        north.thenAnswer(new SendResult.Unknown("connection lost", List.of()));
        outbox.accept(message, List.of("north"));
        dispatchAndState(message);

        janitor.runOnce();
        assertThat(outbox.status(message.id()).orElseThrow().state()).isEqualTo(MessageState.UNKNOWN);
        clock.advance(settings.reconcileWindow());
        assertThat(janitor.runOnce().requeued()).isEqualTo(1);

        assertThat(dispatchAndState(message)).isEqualTo(MessageState.SUBMITTED);
        assertThat(north.sent()).hasSize(2);
    }

    @Test
    void premiumMessageWithUnknownOutcomeIsNeverSentAgain() {
        OutboundMessage message = premium(clock.instant());
        north.thenAnswer(new SendResult.Unknown("response timeout", List.of()));
        outbox.accept(message, List.of("north"));
        dispatchAndState(message);

        clock.advance(settings.reconcileWindow());
        assertThat(janitor.runOnce().unresolved()).isEqualTo(1);

        assertThat(outbox.status(message.id()).orElseThrow().state()).isEqualTo(MessageState.UNRESOLVED);
        assertThat(dispatcher.dispatchOnce()).isZero();
        assertThat(north.sent()).hasSize(1);
    }

    @Test
    void answerThatArrivesAfterTheJanitorGaveUpOnTheSenderStillCounts() {
        OutboundMessage message = notification(clock.instant());
        outbox.accept(message, List.of("north"));
        StoredMessage sending =
                outbox.store().claim("slow-node", 10, settings.lease()).getFirst();
        clock.advance(settings.lease().plusSeconds(1));
        assertThat(janitor.runOnce().lost()).isEqualTo(1);

        outbox.store().recordResult(sending, new SendResult.Accepted(List.of("late-1")), settings);

        MessageStatus status = outbox.status(message.id()).orElseThrow();
        assertThat(status.state()).isEqualTo(MessageState.SUBMITTED);
        assertThat(status.parts())
                .extracting(MessageStatus.SubmittedPart::controllerMessageId)
                .containsExactly("late-1");
        clock.advance(settings.reconcileWindow());
        janitor.runOnce();
        assertThat(dispatcher.dispatchOnce()).isZero();
    }

    @Test
    void sendThatThrowsIsTreatedAsUnknownNotFailed() {
        OutboundMessage message = notification(clock.instant());
        north.thenThrow(new IllegalStateException("converter bug"));
        outbox.accept(message, List.of("north"));

        assertThat(dispatchAndState(message)).isEqualTo(MessageState.UNKNOWN);
    }

    @Test
    void messagePastItsValidityExpiresUnsent() {
        OutboundMessage message = notification(clock.instant());
        outbox.accept(message, List.of("north"));
        clock.advance(Duration.ofDays(2));

        assertThat(dispatcher.dispatchOnce()).isZero();
        assertThat(janitor.runOnce().expired()).isEqualTo(1);
        assertThat(outbox.status(message.id()).orElseThrow().state()).isEqualTo(MessageState.EXPIRED);
        assertThat(north.sent()).isEmpty();
    }

    @Test
    void submittedMessageWithoutFinalReportBecomesUnconfirmed() {
        OutboundMessage message = notification(clock.instant());
        outbox.accept(message, List.of("north"));
        dispatchAndState(message);

        clock.advance(settings.receiptDeadline().plusSeconds(1));
        assertThat(janitor.runOnce().unconfirmed()).isEqualTo(1);
        assertThat(outbox.status(message.id()).orElseThrow().state()).isEqualTo(MessageState.UNCONFIRMED);
    }

    @Test
    void unknownChannelNameCountsAsARejection() {
        OutboundMessage message = notification(clock.instant());
        outbox.accept(message, List.of("nowhere", "north"));

        assertThat(dispatchAndState(message)).isEqualTo(MessageState.QUEUED);
        assertThat(dispatchAndState(message)).isEqualTo(MessageState.SUBMITTED);
    }
}
