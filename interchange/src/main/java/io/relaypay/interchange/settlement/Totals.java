package io.relaypay.interchange.settlement;

import java.util.List;
import java.util.SequencedMap;

/** A statement of any party, as views render it: named totals in order, then the lines. */
public interface Totals {

    /** ISO-4217 code. */
    String currency();

    /** Test or live money. */
    boolean livemode();

    /** The period. */
    Period period();

    /** The named totals, {@code opening} first and {@code closing} last. */
    SequencedMap<String, Long> totals();

    /** Each movement in the period, oldest first. */
    List<Movement> lines();
}
