package io.relaypay.interchange.agent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where enrolled devices are kept. */
public interface DeviceStore {

    /** Stores a new device. */
    void insert(Device device);

    /** A device by id. */
    Optional<Device> find(String id);

    /** The active devices of a phone number. */
    List<Device> activeFor(String phoneNumber);

    /** Marks the device revoked at {@code at}, if it is not already. */
    void revoke(String id, Instant at);
}
