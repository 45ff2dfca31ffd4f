package io.relaypay.interchange.checkout;

import java.time.Instant;
import java.util.List;

/** Finds payments left in {@code PROCESSING}, for the janitor to settle again. */
@FunctionalInterface
public interface StuckPayments {

    /** Ids of up to {@code limit} payments in {@code PROCESSING} unchanged since before {@code before}, oldest first. */
    List<String> processingSince(Instant before, int limit);
}
