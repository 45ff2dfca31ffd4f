package io.relaypay.messaging.smpp.inbound;

import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Maps the message id an SMSC writes in a delivery receipt back to the id it returned in
 * submit_sm_resp. Many SMSCs return the id in hex and report it in decimal, or the reverse (a
 * classic gateway bug), and some pad with zeros or change the case of hex digits. Each remembered
 * id is indexed under its own rendering and under its value read in the other base; a reported id
 * that equals a remembered one exactly wins over one that only matches in the other base, so
 * {@code 123} means the id {@code 123}, not the hex id {@code 7b}.
 *
 * <p>Bounded: the oldest ids are forgotten first. After a restart the map is empty and reported
 * ids pass through unchanged; {@link #renderings} lets a reconciler match them itself.
 */
public final class SubmittedIds {

    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,64}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{1,64}");

    private final int capacity;
    private final Map<String, String> exact = new ConcurrentHashMap<>();
    private final Map<String, String> alternate = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> order = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    /** Remembers at most {@code capacity} submitted ids. */
    public SubmittedIds(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Records an id from submit_sm_resp as the canonical form of its renderings. */
    public void remember(String canonical) {
        exact.put(canonical.toLowerCase(Locale.ROOT), canonical);
        for (String key : renderings(canonical)) {
            alternate.put(key, canonical);
        }
        order.add(canonical);
        if (size.incrementAndGet() > capacity) {
            forgetOldest();
        }
    }

    /** The submitted id {@code reported} stands for, when one matches. */
    public Optional<String> find(String reported) {
        String lower = reported.toLowerCase(Locale.ROOT);
        String match = exact.get(lower);
        if (match != null) {
            return Optional.of(match);
        }
        return Optional.ofNullable(alternate.get(normalised(lower)));
    }

    /** The submitted id {@code reported} stands for, or {@code reported} itself when none matches. */
    public String canonical(String reported) {
        return find(reported).orElse(reported);
    }

    /** The key a reported id is looked up by among {@link #renderings}: lower case, no leading zeros. */
    public static String normalised(String id) {
        return stripZeros(id.toLowerCase(Locale.ROOT));
    }

    /**
     * Every form an SMSC may report {@code id} in, normalised (lower case, no leading zeros): the
     * id itself, its decimal value when it reads as hex, and its hex value when it reads as decimal.
     */
    public static Set<String> renderings(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        var keys = new LinkedHashSet<String>();
        keys.add(stripZeros(lower));
        if (DECIMAL.matcher(lower).matches()) {
            keys.add(new BigInteger(lower, 10).toString(16));
        }
        if (HEX.matcher(lower).matches()) {
            keys.add(new BigInteger(lower, 16).toString(10));
        }
        return keys;
    }

    private void forgetOldest() {
        String oldest = order.poll();
        if (oldest == null) {
            return;
        }
        size.decrementAndGet();
        exact.remove(oldest.toLowerCase(Locale.ROOT), oldest);
        for (String key : renderings(oldest)) {
            alternate.remove(key, oldest);
        }
    }

    private static String stripZeros(String id) {
        int start = 0;
        while (start < id.length() - 1 && id.charAt(start) == '0') {
            start++;
        }
        return id.substring(start);
    }
}
