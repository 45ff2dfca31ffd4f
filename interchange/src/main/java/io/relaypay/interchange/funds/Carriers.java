package io.relaypay.interchange.funds;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Which carrier a phone number belongs to, by number prefix, and what that carrier keeps. */
public final class Carriers {

    /**
     * A carrier Relaypay bills through.
     *
     * @param name e.g. {@code northwind}
     * @param prefixes E.164 prefixes of its numbers, e.g. {@code +49151}
     * @param shareBasisPoints what it keeps of each charge, in 1/100 of a percent
     */
    public record Carrier(String name, List<String> prefixes, int shareBasisPoints) {
        /** Validates the terms. */
        public Carrier {
            Objects.requireNonNull(name, "name");
            prefixes = List.copyOf(prefixes);
            for (String prefix : prefixes) {
                if (!prefix.matches("\\+[0-9]{1,14}")) {
                    throw new IllegalArgumentException("carrier " + name + ": prefix " + prefix + " is not +digits");
                }
            }
            if (shareBasisPoints < 0 || shareBasisPoints > 10_000) {
                throw new IllegalArgumentException("carrier " + name + ": share must be 0 to 10000 basis points");
            }
        }

        /** The carrier's share of {@code amount}, rounded half up (as carriers compute it). */
        public long shareOf(long amount) {
            return Math.floorDiv(Math.addExact(Math.multiplyExact(amount, (long) shareBasisPoints), 5_000L), 10_000L);
        }
    }

    private record Match(String prefix, Carrier carrier) {}

    private final List<Match> byLongestPrefix;

    /** The carriers; a prefix may belong to one carrier only. */
    public Carriers(List<Carrier> carriers) {
        this.byLongestPrefix = carriers.stream()
                .flatMap(c -> c.prefixes().stream().map(p -> new Match(p, c)))
                .sorted(Comparator.comparingInt((Match m) -> m.prefix().length())
                        .reversed())
                .toList();
        long distinct = byLongestPrefix.stream().map(Match::prefix).distinct().count();
        if (distinct != byLongestPrefix.size()) {
            throw new IllegalArgumentException("a number prefix is configured for two carriers");
        }
    }

    /** The carrier of {@code phoneNumber} (E.164), the longest matching prefix winning. */
    public Optional<Carrier> of(String phoneNumber) {
        return byLongestPrefix.stream()
                .filter(m -> phoneNumber.startsWith(m.prefix()))
                .map(Match::carrier)
                .findFirst();
    }
}
