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

    /**
     * The active devices of a phone number whose agent is fetching its messages: its last fetch
     * said it listens until after {@code now}.
     */
    List<Device> listeningFor(String phoneNumber, Instant now);

    /** Records that the device's agent is fetching messages until {@code until}. */
    void listening(String id, Instant until);

    /** Marks the device revoked at {@code at}, if it is not already. */
    void revoke(String id, Instant at);
}
