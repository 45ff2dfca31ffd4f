package io.relaypay.routing.report;

import io.relaypay.routing.graph.Node;
import io.relaypay.routing.graph.RouteOption;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The path one sent message took and what it cost, recorded when a controller accepted it.
 *
 * @param messageId the message's id
 * @param controllers the controllers on the path, in order; the first is the one the interchange
 *     handed the message to and pays
 * @param carrier the carrier that delivered it to the phone; empty when the path reached the phone
 *     without one (the enrolled agent's internet link)
 * @param costMicros the marginal cost the router priced for this message on this path, in
 *     micro-units
 * @param sentAt when the controller accepted it
 */
public record SentRoute(
        String messageId, List<String> controllers, Optional<String> carrier, long costMicros, Instant sentAt) {

    /** Requires every field; a path goes through at least one controller. */
    public SentRoute {
        Objects.requireNonNull(messageId, "messageId");
        controllers = List.copyOf(controllers);
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(sentAt, "sentAt");
        if (controllers.isEmpty()) {
            throw new IllegalArgumentException("a sent message went through at least one controller");
        }
        if (costMicros < 0) {
            throw new IllegalArgumentException("cost must not be negative: " + costMicros);
        }
    }

    /** A route that reached the phone through {@code carrier}. */
    public SentRoute(String messageId, List<String> controllers, String carrier, long costMicros, Instant sentAt) {
        this(messageId, controllers, Optional.of(carrier), costMicros, sentAt);
    }

    /** The record for the option a message actually took (the chosen path or a fallback). */
    public static SentRoute of(String messageId, RouteOption taken, Instant sentAt) {
        List<String> controllers =
                taken.path().controllers().stream().map(Node.Controller::name).toList();
        return new SentRoute(messageId, controllers, taken.path().carrier(), taken.costMicros(), sentAt);
    }

    /** The controller the interchange handed the message to. */
    public String entryController() {
        return controllers.getFirst();
    }
}
