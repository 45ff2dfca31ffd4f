package io.relaypay.routing.graph;

import java.util.Objects;

/**
 * A candidate path the router did not offer, and why.
 *
 * @param path the path
 * @param reason the first failed check
 * @param at the edge or controller where it failed
 */
public record Exclusion(Path path, Reason reason, String at) {

    /** Rejects missing parts. */
    public Exclusion {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }

    /** Why a path cannot carry the message now. */
    public enum Reason {
        /** The last hop reaches the phone over a channel the phone did not report. */
        CHANNEL_NOT_REPORTED,
        /** An edge does not carry the requested service type. */
        SERVICE_NOT_CARRIED,
        /** An edge cannot bill premium messages. */
        CANNOT_BILL,
        /** An edge bills premium messages, but not at the requested price point. */
        PRICE_POINT_NOT_BILLED,
        /** A controller's circuit is open. */
        CIRCUIT_OPEN,
        /** An edge is at its messages-per-second limit. */
        THROTTLED
    }

    /** One line for {@code explain()}. */
    @Override
    public String toString() {
        String text = path + ": " + reason + " at " + at;
        return reason == Reason.CHANNEL_NOT_REPORTED ? text + " (" + path.channel() + ")" : text;
    }
}
