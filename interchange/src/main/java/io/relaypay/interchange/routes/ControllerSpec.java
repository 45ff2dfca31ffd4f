package io.relaypay.interchange.routes;

import io.relaypay.routing.cost.CostModel;
import io.relaypay.routing.graph.ControllerKind;
import io.relaypay.routing.graph.ServiceType;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A controller as configured: the channel that talks to it and what the hop to it costs and
 * carries.
 *
 * @param name the controller's name, unique; routes and reports name it
 * @param channel the messaging channel ({@code relaypay.channels.<channel>}) that reaches it
 * @param kind what kind of system it is
 * @param cost what each message handed to it costs us
 * @param carriers the carriers whose subscribers it reaches; none for the agent push controller,
 *     which reaches the phone directly over the enrolled agent's internet link
 * @param services the service types it carries
 * @param premium whether it can deliver premium (billable) messages at its carriers' price points
 * @param premiumSharePermille the share of a premium price it keeps, in thousandths
 * @param maxPerSecond messages a second it takes; 0 for no limit
 */
public record ControllerSpec(
        String name,
        String channel,
        ControllerKind kind,
        CostModel cost,
        List<String> carriers,
        Set<ServiceType> services,
        boolean premium,
        int premiumSharePermille,
        int maxPerSecond) {

    /** Checks every part. */
    public ControllerSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cost, "cost");
        carriers = List.copyOf(carriers);
        services = Set.copyOf(services);
        if (!CarrierSpec.NAME.matcher(name).matches()
                || !CarrierSpec.NAME.matcher(channel).matches()) {
            throw new IllegalArgumentException(
                    "controller and channel names are letters, digits, '.', '_' and '-': " + name + ", " + channel);
        }
        if (kind == ControllerKind.AGENT_PUSH) {
            if (!carriers.isEmpty() || premium) {
                throw new IllegalArgumentException("controller " + name
                        + " is the agent push controller: it reaches the phone directly and cannot bill,"
                        + " so it has no carriers and no premium");
            }
        } else if (carriers.isEmpty()) {
            throw new IllegalArgumentException("controller " + name + " reaches no carrier: set its carriers");
        }
        if (services.isEmpty()) {
            throw new IllegalArgumentException("controller " + name + " carries no service type");
        }
        if (premiumSharePermille < 0 || premiumSharePermille > 1000 || maxPerSecond < 0) {
            throw new IllegalArgumentException(
                    "controller " + name + ": premium-share-permille is 0 to 1000, max-per-second not negative");
        }
    }
}
