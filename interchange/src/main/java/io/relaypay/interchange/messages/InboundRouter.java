package io.relaypay.interchange.messages;

import io.relaypay.interchange.common.Hashes;
import io.relaypay.interchange.common.Ids;
import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.channel.InboundSink;
import io.relaypay.messaging.outbox.Outbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink every channel delivers to: delivery reports go into the outbox; MO texts go to the
 * {@link ReplyListener}s in order until one takes the text. A listener that throws makes the
 * exception reach the channel, which asks the controller to deliver again; the MO is not remembered
 * as handled, so the redelivery is offered to the listeners again.
 *
 * <p>Listeners run outside any transaction of the router's: a confirmation reply settles a payment,
 * which takes ledger connections and may call a carrier, and doing that while holding the router's
 * connection starved the pool under load (docs/benchmarks.md). So a listener must take the same MO
 * twice harmlessly (a confirmed payment ignores its code again), because a crash after a listener and
 * before the MO is remembered hands the redelivery to it once more.
 *
 * <p>Controllers deliver an MO again when our acknowledgement was lost, so each handled MO is
 * remembered after the listeners ran. Gateways give an MO an id of its
 * own, which with the channel names it. SMPP gives none (the converter generates one per delivery),
 * so for those channels two MOs with the same sender, recipient and text within the duplicate window
 * are one MO: the cost is that a person who sends the same text twice within the window is heard
 * once, which for confirmation replies is the same answer anyway. A billed premium MO is the
 * exception: its carrier sends its own id with it ({@code carrier:…}), which is the key.
 */
public final class InboundRouter implements InboundSink {

    private static final Logger log = LoggerFactory.getLogger(InboundRouter.class);
    private static final int STRIPES = 64;
    private static final String CARRIER_ID = "carrier:";

    private final Outbox outbox;
    private final ReplyLedger ledger;
    private final Supplier<List<ReplyListener>> listeners;
    private final Set<String> channelsWithoutMoIds;
    private final Duration duplicateWindow;
    private final Ids ids;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    /**
     * A router.
     *
     * @param outbox where delivery reports go
     * @param ledger where handled MOs are remembered
     * @param listeners the reply listeners, in order, looked up per MO
     * @param channelsWithoutMoIds channels whose MO ids are generated per delivery (SMPP)
     * @param duplicateWindow how long an MO without a controller id counts as a redelivery
     * @param ids makes {@code mo_…} ids
     */
    public InboundRouter(
            Outbox outbox,
            ReplyLedger ledger,
            Supplier<List<ReplyListener>> listeners,
            Set<String> channelsWithoutMoIds,
            Duration duplicateWindow,
            Ids ids) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.listeners = Objects.requireNonNull(listeners, "listeners");
        this.channelsWithoutMoIds = Set.copyOf(channelsWithoutMoIds);
        this.duplicateWindow = Objects.requireNonNull(duplicateWindow, "duplicateWindow");
        this.ids = Objects.requireNonNull(ids, "ids");
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    @Override
    public void accept(InboundEvent event) {
        switch (event) {
            case InboundEvent.DeliveryReport report -> outbox.record(report);
            case InboundEvent.MobileOriginated mo -> reply(mo);
        }
    }

    /** What redeliveries of {@code mo} have in common with it. */
    public String dedupeKey(InboundEvent.MobileOriginated mo) {
        // A billed (premium) MO carries the carrier's id even over SMPP: two of them with the same
        // text are two charges, not a redelivery.
        boolean carrierId = mo.controllerMessageId().startsWith(CARRIER_ID);
        if (channelsWithoutMoIds.contains(mo.channel()) && !carrierId) {
            return "text:" + Hashes.sha256Hex(mo.from().e164() + "\n" + mo.to() + "\n" + mo.text());
        }
        return "id:" + mo.channel() + ":" + mo.controllerMessageId();
    }

    /** The carrier's id of the MO, which messaging gives as {@code carrier:<id>}. */
    private static Optional<String> carrierReference(InboundEvent.MobileOriginated mo) {
        String id = mo.controllerMessageId();
        return id.startsWith(CARRIER_ID) ? Optional.of(id.substring(CARRIER_ID.length())) : Optional.empty();
    }

    private void reply(InboundEvent.MobileOriginated mo) {
        String key = dedupeKey(mo);
        Instant since = key.startsWith("id:") ? Instant.EPOCH : mo.receivedAt().minus(duplicateWindow);
        // One node handles one key at a time; across nodes a simultaneous redelivery is rare enough.
        ReentrantLock stripe = stripes[Math.floorMod(key.hashCode(), STRIPES)];
        stripe.lock();
        try {
            if (ledger.seen(key, since)) {
                log.info(
                        "mo channel={} controller_id={} duplicate; already handled",
                        mo.channel(),
                        mo.controllerMessageId());
                return;
            }
            ReplyListener.Reply reply = new ReplyListener.Reply(
                    mo.from().e164(),
                    mo.to(),
                    mo.text(),
                    mo.channel(),
                    mo.receivedAt(),
                    mo.premiumPrice(),
                    carrierReference(mo));
            Optional<String> takenBy = Optional.empty();
            for (ReplyListener listener : listeners.get()) {
                if (listener.onReply(reply)) {
                    takenBy = Optional.of(listener.getClass().getName());
                    break;
                }
            }
            String id = ids.next("mo");
            ledger.record(new ReplyLedger.HandledReply(
                    id, key, mo.channel(), mo.controllerMessageId(), mo.receivedAt(), takenBy));
            log.info("mo={} channel={} taken_by={}", id, mo.channel(), takenBy.orElse("nobody"));
        } finally {
            stripe.unlock();
        }
    }
}
