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
 * Reports each receipt under the id submit_sm_resp gave. jSMPP processes received PDUs on several
 * threads, and an SMSC may send the receipt right after the submit_sm_resp, so a receipt can be
 * read before the submitting thread has recorded the id. A receipt whose id matches nothing waits
 * here until that id is recorded, or at most {@code wait}; then it is reported as the SMSC wrote
 * it (after a restart, say), and the outbox can match it with {@link SubmittedIds#renderings}.
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

    /** Reports receipts that waited longer than {@code wait} under the id the SMSC wrote. */
    void sweep() {
        Instant cutoff = clock.instant().minus(wait);
        for (var entry : parked.entrySet()) {
            if (!entry.getValue().receivedAt().isAfter(cutoff) && parked.remove(entry.getKey(), entry.getValue())) {
                Parked p = entry.getValue();
                out.accept(report(p.receipt(), p.receipt().messageId(), p.receivedAt()));
            }
        }
    }

    /** Receipts waiting for their id. */
    int parkedCount() {
        return parked.size();
    }

    private void release(String canonical) {
        for (String key : SubmittedIds.renderings(canonical)) {
            Parked p = parked.remove(key);
            if (p != null) {
                out.accept(report(p.receipt(), ids.canonical(p.receipt().messageId()), p.receivedAt()));
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
