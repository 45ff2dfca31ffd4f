package io.relaypay.interchange.retention;

import java.time.Instant;

/** Deletes old records in batches; each call deletes at most {@code limit} and says how many. */
public interface RetentionStore {

    /** Merchant events older than {@code before} with no delivery left to make, and their attempts. */
    int purgeEvents(Instant before, int limit);

    /** Handled MOs received before {@code before}. */
    int purgeReplies(Instant before, int limit);

    /** Decisions made before {@code before}. */
    int purgeDecisions(Instant before, int limit);
}
