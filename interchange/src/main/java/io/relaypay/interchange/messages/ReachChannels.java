package io.relaypay.interchange.messages;

import io.relaypay.routing.graph.ReachChannel;
import java.util.Set;

/**
 * How a phone can be reached right now, as it reported (cellular always; the enrolled agent's
 * internet link while one is active). The router takes only final hops over these.
 */
@FunctionalInterface
public interface ReachChannels {

    /** A phone nobody reported anything for: its carrier's network only. */
    ReachChannels CELLULAR_ONLY = phoneNumber -> Set.of(ReachChannel.CELLULAR);

    /** The channels {@code phoneNumber} (E.164) can be reached over now; never empty. */
    Set<ReachChannel> reachChannels(String phoneNumber);
}
