package io.relaypay.interchange.funds;

import java.time.Instant;
import java.util.List;

/** Finds payments whose money is still being moved long after they were confirmed. */
@FunctionalInterface
public interface StuckPayments {

    /** Ids of up to {@code limit} payments in {@code PROCESSING} unchanged since before {@code cutoff}. */
    List<String> processingSince(Instant cutoff, int limit);
}
