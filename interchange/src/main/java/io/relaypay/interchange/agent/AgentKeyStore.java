package io.relaypay.interchange.agent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where merchants' agent keys are kept. */
public interface AgentKeyStore {

    /** Stores a new key. */
    void insert(AgentKey key);

    /** A key by id, revoked or not. */
    Optional<AgentKey> find(String id);

    /** The merchant's keys of one mode, newest first. */
    List<AgentKey> list(String merchantId, boolean livemode);

    /** Marks the key revoked at {@code at}, if it is not already. */
    void revoke(String id, Instant at);
}
