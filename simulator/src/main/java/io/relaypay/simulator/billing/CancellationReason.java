package io.relaypay.simulator.billing;

import java.util.Locale;

/** Why a reservation was cancelled. */
public enum CancellationReason {
    /** The client called {@code cancel}. */
    CLIENT,
    /** Neither confirm nor cancel came within the reservation timeout. */
    EXPIRED;

    /** The wire name, e.g. {@code expired}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
