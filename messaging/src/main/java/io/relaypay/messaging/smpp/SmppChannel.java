package io.relaypay.messaging.smpp;

import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.ServiceType;
import io.relaypay.messaging.channel.Channel;
import io.relaypay.messaging.channel.ChannelHealth;
import io.relaypay.messaging.channel.InboundSink;
import io.relaypay.messaging.channel.SendResult;
import io.relaypay.messaging.smpp.codec.ConcatenatedParts;
import io.relaypay.messaging.smpp.codec.ConcatenatedParts.Part;
import io.relaypay.messaging.smpp.codec.EncodedText;
import io.relaypay.messaging.smpp.inbound.MoReassembler;
import io.relaypay.messaging.smpp.inbound.SubmittedIds;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMSC reached over one SMPP 3.4 transceiver bind (jSMPP). {@link #send} encodes the text in
 * GSM 03.38 or UCS-2, splits it into concatenated parts when long, and submits the parts in order,
 * each taking a slot of the throughput limit and of the bind's in-flight window; many threads send at once
 * and their submits share the bind. Receipts and MOs arrive on the same bind and go to the sink.
 *
 * <p>Outcomes: every part accepted gives {@link SendResult.Accepted} with one id per part. A first
 * part refused gives {@link SendResult.Retryable} (throttled, queue full, not bound, transient SMSC
 * fault) or {@link SendResult.Rejected}. No answer (timeout, link lost while waiting) gives {@link
 * SendResult.Unknown}. When a later part fails after earlier parts were accepted, the result is
 * {@link SendResult.Unknown} with the accepted parts' ids, whatever the failure: the phone may
 * already show those parts and the carrier may already bill them, so the message must be reconciled
 * from receipts, never simply sent again or sent on another route. The channel itself never re-sends.
 */
public final class SmppChannel implements Channel {
    private static final Logger log = LoggerFactory.getLogger(SmppChannel.class);
    private static final int HEALTH_WINDOW_SECONDS = 60;

    private final String name;
    private final SmppChannelConfig config;
    private final Clock clock;
    private final ReceiptMatcher receipts;
    private final BindKeeper bindKeeper;
    private final PartSubmitter submitter;
    private final ThroughputLimiter limiter;
    private final RecentOutcomes outcomes;
    private final AtomicInteger reference = new AtomicInteger();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean closed;

    /** A channel that binds to the SMSC in {@code config} once started. */
    public SmppChannel(String name, SmppChannelConfig config, InboundSink sink, Clock clock) {
        this.name = name;
        this.config = config;
        this.clock = clock;
        var guarded = new GuardedSink(name, sink);
        this.receipts = new ReceiptMatcher(
                name, new SubmittedIds(config.submittedIdMemory()), config.receiptMatchWait(), clock, guarded::accept);
        var reassembler = new MoReassembler(config.moReassemblyTimeout(), config.moReassemblyMaxPending(), clock);
        this.bindKeeper =
                new BindKeeper(name, config, new DeliverSmListener(name, guarded, receipts, reassembler, clock));
        this.submitter = new PartSubmitter(config, clock);
        this.limiter = ThroughputLimiter.of(config.maxSubmitsPerSecond());
        this.outcomes = new RecentOutcomes(HEALTH_WINDOW_SECONDS, clock);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start() {
        if (started.getAndSet(true)) {
            return;
        }
        bindKeeper.start();
        Thread.ofVirtual().name("smpp-receipts-" + name).start(this::sweepReceipts);
    }

    private void sweepReceipts() {
        long pause = Math.max(10, config.receiptMatchWait().toMillis() / 4);
        while (!closed) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
            receipts.sweep();
        }
    }

    @Override
    public SendResult send(OutboundMessage message) {
        SendResult result = submit(message);
        if (result instanceof SendResult.Accepted) {
            outcomes.success();
        } else {
            outcomes.failure();
            log.info("SMPP send channel={} message={} result={}", name, message.id(), result);
        }
        return result;
    }

    private SendResult submit(OutboundMessage message) {
        if (closed) {
            return new SendResult.Retryable("channel " + name + " is closed", config.notBoundRetryAfter());
        }
        if (message.serviceType() != ServiceType.SMS) {
            return new SendResult.Rejected("an SMPP channel carries SMS only, not " + message.serviceType());
        }
        if (!message.validUntil().isAfter(clock.instant())) {
            return new SendResult.Rejected("validity ran out before submission");
        }
        EncodedText text = EncodedText.of(message.text());
        // Only split messages take a reference, and it is 16 bits: it must outlast a phone's stale
        // partial messages (a part left behind by a failed send joins a later message with the same one).
        int ref = text.fitsOneMessage() ? 0 : reference.getAndIncrement() & 0xFFFF;
        List<Part> parts = ConcatenatedParts.split(text, ref);
        var source = SourceAddress.of(message.sender(), config.shortCodeTon(), config.shortCodeNpi());
        var ids = new ArrayList<String>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            SendResult part = submitPart(message, parts.get(i), source);
            if (part instanceof SendResult.Accepted accepted) {
                receipts.submitted(accepted.controllerMessageId());
                ids.add(accepted.controllerMessageId());
                continue;
            }
            if (ids.isEmpty()) {
                return part;
            }
            return new SendResult.Unknown(
                    "part " + (i + 1) + " of " + parts.size() + " failed after earlier parts were accepted: "
                            + reason(part),
                    ids);
        }
        return new SendResult.Accepted(ids);
    }

    private SendResult submitPart(OutboundMessage message, Part part, SourceAddress source) {
        Bind bind;
        Bind.Call call;
        try {
            limiter.acquire();
            bind = bindKeeper.bound().orElse(null);
            call = bind == null ? null : bind.enter();
            if (call == null) {
                return new SendResult.Retryable("not bound to " + name, config.notBoundRetryAfter());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.Retryable("interrupted before submission", config.notBoundRetryAfter());
        }
        try {
            SendResult result = submitter.submit(bind.session(), message, part, source);
            if (bind.abandoned() && result instanceof SendResult.Unknown unknown) {
                return new SendResult.Unknown(
                        "link lost while waiting for submit_sm_resp", unknown.controllerMessageIds());
            }
            return result;
        } finally {
            bind.exit(call);
        }
    }

    private static String reason(SendResult result) {
        return switch (result) {
            case SendResult.Rejected r -> r.reason();
            case SendResult.Retryable r -> r.reason();
            case SendResult.Unknown u -> u.reason();
            case SendResult.Accepted a -> "accepted";
        };
    }

    @Override
    public ChannelHealth health() {
        var bind = bindKeeper.bound();
        return new ChannelHealth(
                bind.isPresent(), bind.map(Bind::inFlight).orElse(0), outcomes.successes(), outcomes.failures());
    }

    @Override
    public void close() {
        closed = true;
        bindKeeper.close();
        receipts.sweep();
    }

    @Override
    public String toString() {
        return "SmppChannel[" + name + ", " + config + "]";
    }
}
