package io.relaypay.ledger.domain;

/** The bounds of {@link Ledger#transfersOf} page sizes, shared by every store. */
public final class PageLimits {

    /** The largest page a caller may ask for. */
    public static final int MAX = 1_000;

    private PageLimits() {}

    /** Rejects a page size outside 1..{@link #MAX}. */
    public static void check(int limit) {
        if (limit < 1 || limit > MAX) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX + ", was " + limit);
        }
    }
}
