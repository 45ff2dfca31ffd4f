package io.relaypay.routing.graph;

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
        if (!isE164(phoneNumber)) {
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

    // A loop rather than a regex: requests are validated on the routing hot path.
    private static boolean isE164(String number) {
        int digits = number.length() - 1;
        if (digits < 7 || digits > 15 || number.charAt(0) != '+' || number.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
