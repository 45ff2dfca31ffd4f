package io.relaypay.messaging.smpp.inbound;

import io.relaypay.messaging.smpp.codec.Concatenation;
import io.relaypay.messaging.smpp.codec.SmppFormatException;
import io.relaypay.messaging.smpp.inbound.InboundDecoder.MoPart;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins the parts of concatenated MO messages. Parts are grouped by sender, recipient, reference
 * and part count; a group whose parts do not all arrive within the timeout is dropped (and
 * logged), and at most {@code maxPending} groups are held, the oldest dropped first, so a phone
 * that never finishes its messages cannot exhaust memory. A part delivered twice counts once.
 *
 * <p>MO traffic is light next to submits, so one lock guards the buffer.
 */
public final class MoReassembler {
    private static final Logger log = LoggerFactory.getLogger(MoReassembler.class);

    private record Key(String from, String to, int reference, int total) {}

    private static final class Group {
        final Instant started;
        final int dataCoding;
        final TreeMap<Integer, byte[]> parts = new TreeMap<>();

        Group(Instant started, int dataCoding) {
            this.started = started;
            this.dataCoding = dataCoding;
        }
    }

    private final Duration timeout;
    private final int maxPending;
    private final Clock clock;
    private final Map<Key, Group> pending = new LinkedHashMap<>();

    /** Holds up to {@code maxPending} incomplete messages for up to {@code timeout} each. */
    public MoReassembler(Duration timeout, int maxPending, Clock clock) {
        if (timeout.isNegative() || timeout.isZero() || maxPending < 1) {
            throw new IllegalArgumentException("timeout and maxPending must be positive");
        }
        this.timeout = timeout;
        this.maxPending = maxPending;
        this.clock = clock;
    }

    /**
     * Adds one part; returns the whole message (without concatenation) once its last part is in,
     * and a message that was not split at once.
     *
     * @throws SmppFormatException when a part's data coding differs from the first part's
     */
    public synchronized Optional<MoPart> add(MoPart part) {
        if (part.concatenation().isEmpty() || part.concatenation().get().total() == 1) {
            return Optional.of(whole(part, part.dataCoding(), part.text()));
        }
        Instant now = clock.instant();
        dropExpired(now);
        Concatenation c = part.concatenation().get();
        var key = new Key(part.from(), part.to(), c.reference(), c.total());
        Group group = pending.get(key);
        if (group == null) {
            if (pending.size() >= maxPending) {
                dropEldest();
            }
            group = new Group(now, part.dataCoding());
            pending.put(key, group);
        }
        if (group.dataCoding != part.dataCoding()) {
            throw new SmppFormatException("part %d of %d has data_coding 0x%02X, the first had 0x%02X"
                    .formatted(c.sequence(), c.total(), part.dataCoding(), group.dataCoding));
        }
        group.parts.putIfAbsent(c.sequence(), part.text());
        if (group.parts.size() < c.total()) {
            return Optional.empty();
        }
        pending.remove(key);
        var joined = new ByteArrayOutputStream();
        group.parts.values().forEach(joined::writeBytes);
        return Optional.of(whole(part, group.dataCoding, joined.toByteArray()));
    }

    /** Incomplete messages held now. */
    public synchronized int pendingCount() {
        return pending.size();
    }

    private void dropExpired(Instant now) {
        Instant cutoff = now.minus(timeout);
        Iterator<Map.Entry<Key, Group>> it = pending.entrySet().iterator();
        while (it.hasNext()) {
            var entry = it.next();
            if (entry.getValue().started.isAfter(cutoff)) {
                break;
            }
            log.warn(
                    "Dropping incomplete MO from={} to={} ref={}: {} of {} parts after {}",
                    entry.getKey().from(),
                    entry.getKey().to(),
                    entry.getKey().reference(),
                    entry.getValue().parts.size(),
                    entry.getKey().total(),
                    timeout);
            it.remove();
        }
    }

    private void dropEldest() {
        Iterator<Map.Entry<Key, Group>> it = pending.entrySet().iterator();
        var eldest = it.next();
        log.warn(
                "Dropping incomplete MO from={} ref={}: more than {} incomplete messages pending",
                eldest.getKey().from(),
                eldest.getKey().reference(),
                maxPending);
        it.remove();
    }

    private static MoPart whole(MoPart part, int dataCoding, byte[] text) {
        return new MoPart(
                part.from(), part.to(), dataCoding, text, Optional.empty(), part.premiumPrice(), part.carrierId());
    }
}
