package io.relaypay.bench;

import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.Phone;
import io.relaypay.simulator.PhoneConfig;
import io.relaypay.simulator.SimulatorConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo carrier network of the simulator on ephemeral ports, with {@code phones} more buyers:
 * half on {@code northwind} ({@code +491512…}), half on {@code bluewave} ({@code +491762…}), so both
 * SMSCs carry confirmations. The demo phones stay as they are and are not used by the load.
 */
final class LoadNetwork {

    private static final long NORTHWIND_FIRST = 4915120000000L;
    private static final long BLUEWAVE_FIRST = 4917620000000L;

    private LoadNetwork() {}

    /** The buyers' numbers, alternating between the two carriers. */
    static List<String> buyerNumbers(int phones) {
        List<String> numbers = new ArrayList<>(phones);
        for (int i = 0; i < phones; i++) {
            long first = i % 2 == 0 ? NORTHWIND_FIRST : BLUEWAVE_FIRST;
            numbers.add("+" + (first + i / 2));
        }
        return numbers;
    }

    /** Starts the network with the buyers' phones; each is postpaid with the carrier's billing limit. */
    static CarrierNetwork start(List<String> buyers) {
        SimulatorConfig.Builder config = SimulatorConfig.defaults().withEphemeralPorts().toBuilder();
        for (String msisdn : buyers) {
            config.phone(PhoneConfig.of(msisdn, msisdn.startsWith("+49151") ? "northwind" : "bluewave"));
        }
        return CarrierNetwork.start(config.build());
    }

    /** The phones for {@code buyers}, in the same order. */
    static List<Phone> phones(CarrierNetwork network, List<String> buyers) {
        return buyers.stream().map(network::phone).toList();
    }
}
