package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The merchant's balance, one amount per currency.
 *
 * @param livemode whether these are live (not test) funds
 * @param available funds that can be paid out
 * @param pending funds not yet available
 */
public record Balance(boolean livemode, List<Money> available, List<Money> pending) {

    /** Copies the lists, so a balance never changes. */
    public Balance {
        available = List.copyOf(requireNonNull(available, "available"));
        pending = List.copyOf(requireNonNull(pending, "pending"));
    }
}
