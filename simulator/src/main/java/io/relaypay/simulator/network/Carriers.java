package io.relaypay.simulator.network;

import io.relaypay.simulator.CarrierBook;
import io.relaypay.simulator.CarrierConfig;
import io.relaypay.simulator.CarrierRevenue;
import io.relaypay.simulator.Charge;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The carriers and every premium charge they made. Thread-safe. */
public final class Carriers implements CarrierBook {

    private final Map<String, CarrierConfig> byName = new LinkedHashMap<>();
    private final Map<String, Log<Charge>> charges = new LinkedHashMap<>();

    /** The carriers of the configuration. */
    public Carriers(List<CarrierConfig> carriers) {
        for (CarrierConfig carrier : carriers) {
            byName.put(carrier.name(), carrier);
            charges.put(carrier.name(), new Log<>());
        }
    }

    @Override
    public List<CarrierConfig> carriers() {
        return List.copyOf(byName.values());
    }

    @Override
    public Optional<CarrierConfig> carrier(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public Optional<CarrierConfig> carrierForNumber(String msisdn) {
        // Longest matching prefix wins, as number range tables do.
        return byName.values().stream()
                .flatMap(c -> c.numberPrefixes().stream()
                        .filter(msisdn::startsWith)
                        .map(prefix -> Map.entry(prefix.length(), c)))
                .max(Comparator.comparingInt(Map.Entry::getKey))
                .map(Map.Entry::getValue);
    }

    @Override
    public List<Charge> charges(String carrierName) {
        return chargesOf(carrierName).snapshot();
    }

    @Override
    public CarrierRevenue revenue(String carrierName) {
        CarrierConfig carrier = require(carrierName);
        List<Charge> all = chargesOf(carrierName).snapshot();
        long billed = all.stream().mapToLong(Charge::amountMinor).sum();
        long share = all.stream().mapToLong(Charge::carrierShareMinor).sum();
        return new CarrierRevenue(carrierName, carrier.currency(), all.size(), billed, share, billed - share);
    }

    @Override
    public List<CarrierRevenue> revenue() {
        return byName.keySet().stream().map(this::revenue).toList();
    }

    /** The carrier, or an exception naming it. */
    public CarrierConfig require(String name) {
        CarrierConfig carrier = byName.get(name);
        if (carrier == null) {
            throw new NoSuchElementException("unknown carrier: " + name);
        }
        return carrier;
    }

    void record(String carrierName, Charge charge) {
        chargesOf(carrierName).add(charge);
    }

    private Log<Charge> chargesOf(String carrierName) {
        Log<Charge> list = charges.get(carrierName);
        if (list == null) {
            throw new NoSuchElementException("unknown carrier: " + carrierName);
        }
        return list;
    }
}
