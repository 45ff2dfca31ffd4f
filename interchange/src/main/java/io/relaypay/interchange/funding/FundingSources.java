package io.relaypay.interchange.funding;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The configured source of each kind. */
public final class FundingSources {

    private final Map<FundingKind, FundingSource> byKind = new EnumMap<>(FundingKind.class);

    /** One source per kind; a later one of the same kind replaces an earlier one. */
    public FundingSources(List<FundingSource> sources) {
        sources.forEach(s -> byKind.put(s.kind(), s));
    }

    /**
     * The source of {@code kind}.
     *
     * @throws IllegalStateException when none is configured
     */
    public FundingSource of(FundingKind kind) {
        FundingSource source = byKind.get(kind);
        if (source == null) {
            throw new IllegalStateException("no funding source for " + kind.wire());
        }
        return source;
    }
}
