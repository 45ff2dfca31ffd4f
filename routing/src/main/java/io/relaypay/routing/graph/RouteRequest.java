package io.relaypay.routing.graph;

import io.relaypay.routing.E164;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to route.
 *
 * @param phoneNumber the recipient, E.164 ({@code +} then 7 to 15 digits)
 * @param service the service type the message needs
 * @param pricePoint the premium price to bill; present exactly for {@link MessageKind#PREMIUM}
 * @param kind why the message is sent
 */
public record RouteRequest(String phoneNumber, ServiceType service, Optional<PricePoint> pricePoint, MessageKind kind) {

    /** Rejects a malformed number and a price point that does not match the kind. */
    public RouteRequest {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(pricePoint, "pricePoint");
        Objects.requireNonNull(kind, "kind");
        if (!E164.isValid(phoneNumber)) {
            throw new IllegalArgumentException("not an E.164 number: " + phoneNumber);
        }
        if ((kind == MessageKind.PREMIUM) != pricePoint.isPresent()) {
            throw new IllegalArgumentException("a price point is given exactly for premium messages");
        }
    }

    /** A non-billable message. */
    public static RouteRequest of(String phoneNumber, ServiceType service, MessageKind kind) {
        return new RouteRequest(phoneNumber, service, Optional.empty(), kind);
    }

    /** A premium message billed at {@code pricePoint}. */
    public static RouteRequest premium(String phoneNumber, ServiceType service, PricePoint pricePoint) {
        return new RouteRequest(phoneNumber, service, Optional.of(pricePoint), MessageKind.PREMIUM);
    }
}
