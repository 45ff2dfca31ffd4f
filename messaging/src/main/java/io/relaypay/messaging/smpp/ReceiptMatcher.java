package io.relaypay.messaging.smpp;

import io.relaypay.messaging.InboundEvent.DeliveryReport;
import io.relaypay.messaging.InvalidMessageException;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.messaging.smpp.inbound.InboundDecoder.Receipt;
import io.relaypay.messaging.smpp.inbound.SubmittedIds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Reports each receipt under the id submit_sm_resp gave, at once and on the thread that answers
 * the deliver_sm, so the receipt is in the sink (the outbox stores it durably) before the SMSC is
 * told it arrived: a crash never loses one.
 *
 * <p>jSMPP processes received PDUs on several threads, and an SMSC may send the receipt right after
 * the submit_sm_resp, so a receipt can be read before the submitting thread has recorded the id
 * (and an SMSC may write the id in another base). Such a receipt is reported as the SMSC wrote it,
 * and kept for {@code wait}: when its id is recorded meanwhile, it is reported again under the
 * submitted id. The first report still carries the recipient and our user_message_reference, so
 * even if the process dies before the second, the outbox can tell which message it was about.
 */
final class ReceiptMatcher {

    private record Parked(String channel, Receipt receipt, Instant receivedAt) {}

    private final String channel;
    private final SubmittedIds ids;
    private final Duration wait;
    private final Clock clock;
    private final Consumer<DeliveryReport> out;
    private final Map<String, Parked> parked = new ConcurrentHashMap<>();

    ReceiptMatcher(String channel, SubmittedIds ids, Duration wait, Clock clock, Consumer<DeliveryReport> out) {
        this.channel = channel;
        this.ids = ids;
        this.wait = wait;
        this.clock = clock;
        this.out = out;
    }

    /** A receipt read from a deliver_sm. */
    void receipt(Receipt receipt) {
        Instant now = clock.instant();
        var match = ids.find(receipt.messageId());
        if (match.isPresent()) {
            out.accept(report(receipt, match.get(), now));
            return;
        }
        out.accept(report(receipt, receipt.messageId(), now));
        parked.put(SubmittedIds.normalised(receipt.messageId()), new Parked(channel, receipt, now));
        // The id may have been recorded between the lookup and parking.
        ids.find(receipt.messageId()).ifPresent(this::release);
    }

    /** An id from submit_sm_resp; releases a receipt that overtook it. */
    void submitted(String id) {
        ids.remember(id);
        if (!parked.isEmpty()) {
            release(id);
        }
    }

    /** Forgets receipts kept longer than {@code wait}: they were reported already as written. */
    void sweep() {
        Instant cutoff = clock.instant().minus(wait);
        parked.entrySet().removeIf(entry -> !entry.getValue().receivedAt().isAfter(cutoff));
    }

    /** Receipts waiting for their id. */
    int parkedCount() {
        return parked.size();
    }

    private void release(String canonical) {
        for (String key : SubmittedIds.renderings(canonical)) {
            Parked p = parked.remove(key);
            String written = p == null ? null : p.receipt().messageId();
            // Reported again only when the submitted id reads differently (the other base, padding);
            // when the SMSC wrote it as submit_sm_resp gave it, the first report was already right.
            if (p != null && !ids.canonical(written).equals(written)) {
                out.accept(report(p.receipt(), ids.canonical(written), p.receivedAt()));
            }
        }
    }

    private DeliveryReport report(Receipt receipt, String canonical, Instant receivedAt) {
        return new DeliveryReport(
                channel,
                canonical,
                receipt.status(),
                receipt.error(),
                receipt.recipient().flatMap(ReceiptMatcher::phoneNumber),
                receipt.userMessageReference().map(String::valueOf),
                receivedAt);
    }

    // The recipient only helps match a receipt whose submit_sm_resp was lost; an address that is
    // not a phone number must not cost us the receipt itself.
    private static Optional<PhoneNumber> phoneNumber(String address) {
        try {
            return Optional.of(PhoneNumber.of(address));
        } catch (InvalidMessageException e) {
            return Optional.empty();
        }
    }
}
