package io.relaypay.routing.graph;

import io.relaypay.routing.E164;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A message to route.
 *
 * @param phoneNumber the recipient, E.164 ({@code +} then 7 to 15 digits)
 * @param service the service type the message needs
 * @param pricePoint the premium price to bill; present exactly for {@link MessageKind#PREMIUM}
 * @param kind why the message is sent
 * @param reachable the channels the phone reported it can be reached over now; a phone that
 *     reported none can be reached by no path
 */
public record RouteRequest(
        String phoneNumber,
        ServiceType service,
        Optional<PricePoint> pricePoint,
        MessageKind kind,
        Set<ReachChannel> reachable) {

    /** What a phone that reported nothing else is assumed to have: its carrier's network. */
    public static final Set<ReachChannel> CELLULAR_ONLY = Set.of(ReachChannel.CELLULAR);

    /** Rejects a malformed number and a price point that does not match the kind. */
    public RouteRequest {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(pricePoint, "pricePoint");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reachable, "reachable");
        if (!E164.isValid(phoneNumber)) {
            throw new IllegalArgumentException("not an E.164 number: " + phoneNumber);
        }
        if ((kind == MessageKind.PREMIUM) != pricePoint.isPresent()) {
            throw new IllegalArgumentException("a price point is given exactly for premium messages");
        }
        // An EnumSet makes the router's channel check a bit test, and keeps explain() in a fixed order.
        reachable = reachable.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(reachable));
    }

    /** A message to a phone that reported only cellular, as before phones reported channels. */
    public RouteRequest(String phoneNumber, ServiceType service, Optional<PricePoint> pricePoint, MessageKind kind) {
        this(phoneNumber, service, pricePoint, kind, CELLULAR_ONLY);
    }

    /** A non-billable message to a phone reachable over cellular only. */
    public static RouteRequest of(String phoneNumber, ServiceType service, MessageKind kind) {
        return new RouteRequest(phoneNumber, service, Optional.empty(), kind);
    }

    /** A premium message billed at {@code pricePoint}, to a phone reachable over cellular only. */
    public static RouteRequest premium(String phoneNumber, ServiceType service, PricePoint pricePoint) {
        return new RouteRequest(phoneNumber, service, Optional.of(pricePoint), MessageKind.PREMIUM);
    }

    /** This request to a phone that reported {@code channels}. */
    public RouteRequest reachableOver(Set<ReachChannel> channels) {
        return new RouteRequest(phoneNumber, service, pricePoint, kind, channels);
    }

    /** This request to a phone that reported {@code channels}. */
    public RouteRequest reachableOver(ReachChannel... channels) {
        Set<ReachChannel> reported = EnumSet.noneOf(ReachChannel.class);
        Collections.addAll(reported, channels);
        return reachableOver(reported);
    }
}
