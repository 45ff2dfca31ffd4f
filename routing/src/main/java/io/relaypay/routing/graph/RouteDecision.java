package io.relaypay.routing.graph;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The outcome of routing one message: a path with ordered fallbacks, or no route. */
public sealed interface RouteDecision permits RouteDecision.Routed, RouteDecision.NoRoute {

    /** The request decided. */
    RouteRequest request();

    /** The carrier the number resolved to, empty when the number plan has none. */
    Optional<String> carrier();

    /** The candidate paths not offered and why. */
    List<Exclusion> excluded();

    /** A readable account of the alternatives, their costs and why others were excluded. */
    String explain();

    /**
     * The cheapest path plus every other usable path, cheapest first.
     *
     * @param request the request
     * @param carrier the resolved carrier
     * @param chosen the cheapest usable path
     * @param fallbacks the other usable paths, by ascending cost
     * @param excluded the unusable candidates
     */
    record Routed(
            RouteRequest request,
            Optional<String> carrier,
            RouteOption chosen,
            List<RouteOption> fallbacks,
            List<Exclusion> excluded)
            implements RouteDecision {

        /** Copies the lists. */
        public Routed {
            Objects.requireNonNull(chosen, "chosen");
            fallbacks = List.copyOf(fallbacks);
            excluded = List.copyOf(excluded);
        }

        @Override
        public String explain() {
            StringBuilder text = header(request, carrier);
            text.append("chosen: ")
                    .append(chosen.path())
                    .append(" cost=")
                    .append(chosen.costMicros())
                    .append('\n');
            for (int i = 0; i < fallbacks.size(); i++) {
                RouteOption option = fallbacks.get(i);
                text.append("fallback ").append(i + 1).append(": ").append(option.path());
                text.append(" cost=").append(option.costMicros()).append('\n');
            }
            return appendExcluded(text, excluded);
        }
    }

    /**
     * No candidate path can carry the message now.
     *
     * @param request the request
     * @param carrier the resolved carrier
     * @param excluded every candidate and why it was excluded (empty when the graph has none)
     */
    record NoRoute(RouteRequest request, Optional<String> carrier, List<Exclusion> excluded) implements RouteDecision {

        /** Copies the list. */
        public NoRoute {
            excluded = List.copyOf(excluded);
        }

        @Override
        public String explain() {
            return appendExcluded(header(request, carrier).append("no route\n"), excluded);
        }
    }

    private static StringBuilder header(RouteRequest request, Optional<String> carrier) {
        return new StringBuilder()
                .append(request.kind())
                .append(' ')
                .append(request.service())
                .append(" to ")
                .append(request.phoneNumber())
                .append(" (carrier ")
                .append(carrier.orElse("unknown"))
                .append(request.pricePoint().map(p -> ", price " + p.micros()).orElse(""))
                .append(", reachable over ")
                .append(request.reachable())
                .append(")\n");
    }

    private static String appendExcluded(StringBuilder text, List<Exclusion> excluded) {
        for (Exclusion exclusion : excluded) {
            text.append("excluded: ").append(exclusion).append('\n');
        }
        return text.toString();
    }
}
