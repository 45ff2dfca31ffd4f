package io.relaypay.routing.graph;

import java.util.Map;
import java.util.Optional;

/**
 * Which carrier serves a phone number: a ported number's carrier from the portability table, else
 * the carrier of the longest matching number-range prefix.
 *
 * @param ranges E.164 prefixes (with the {@code +}) to carrier
 * @param ported whole E.164 numbers to the carrier they were ported to
 */
public record NumberPlan(Map<String, String> ranges, Map<String, String> ported) {

    /** A plan that knows no carrier. */
    public static final NumberPlan EMPTY = new NumberPlan(Map.of(), Map.of());

    /** Copies the tables. */
    public NumberPlan {
        ranges = Map.copyOf(ranges);
        ported = Map.copyOf(ported);
    }

    /** The carrier serving {@code e164}, empty when no range covers it. */
    public Optional<String> carrierOf(String e164) {
        String portedTo = ported.get(e164);
        if (portedTo != null) {
            return Optional.of(portedTo);
        }
        for (int length = e164.length(); length > 1; length--) {
            String carrier = ranges.get(e164.substring(0, length));
            if (carrier != null) {
                return Optional.of(carrier);
            }
        }
        return Optional.empty();
    }
}
