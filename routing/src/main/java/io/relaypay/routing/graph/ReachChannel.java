package io.relaypay.routing.graph;

import java.util.Optional;

/**
 * How the last hop of a path reaches the phone. A phone reports the channels it can be reached over
 * right now ({@link RouteRequest#reachable()}), and the router uses only final hops over one of them.
 */
public enum ReachChannel {
    /** The carrier's radio network: SMS, WAP push or voice from an SMSC. The only channel that bills. */
    CELLULAR,
    /** Wi-Fi or any internet connection, through the local payment agent enrolled on the phone. */
    AGENT_INTERNET,
    /** A nearby device that relays to the phone's agent over Bluetooth. */
    BLUETOOTH_RELAY,
    /** A dock or cradle the phone sits in, relaying to its agent. */
    DOCK_RELAY;

    /** Whether premium (billable) messages can use this channel: only the carrier can bill. */
    public boolean bills() {
        return this == CELLULAR;
    }

    /**
     * The channel a hop from {@code from} into the phone uses when its configuration names none:
     * cellular from a carrier or a cellular controller, the agent's internet link from the agent
     * push controller. Empty for an email gateway, which must say how it reaches the phone.
     */
    static Optional<ReachChannel> impliedFrom(Node from) {
        return switch (from) {
            case Node.Carrier carrier -> Optional.of(CELLULAR);
            case Node.Controller controller ->
                switch (controller.kind()) {
                    case SMSC, AGGREGATOR, OPERATOR_BILLING -> Optional.of(CELLULAR);
                    case AGENT_PUSH -> Optional.of(AGENT_INTERNET);
                    case EMAIL_GATEWAY -> Optional.empty();
                };
            case Node.Interchange interchange -> Optional.empty();
            case Node.Phone phone -> Optional.empty();
        };
    }

    /**
     * Whether a hop from {@code from} can use this channel: the carrier's network and the cellular
     * controllers reach the phone only over cellular; the agent push controller never does (its
     * messages travel as data, whichever link carries them).
     */
    boolean usableFrom(Node from) {
        return switch (from) {
            case Node.Carrier carrier -> this == CELLULAR;
            case Node.Controller controller ->
                switch (controller.kind()) {
                    case SMSC, AGGREGATOR, OPERATOR_BILLING -> this == CELLULAR;
                    case AGENT_PUSH -> this != CELLULAR;
                    case EMAIL_GATEWAY -> true;
                };
            case Node.Interchange interchange -> true;
            case Node.Phone phone -> false;
        };
    }
}
