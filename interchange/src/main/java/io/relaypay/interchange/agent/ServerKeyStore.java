package io.relaypay.interchange.agent;

import java.time.Instant;
import java.util.List;

/** Where the interchange's own keys are kept. */
public interface ServerKeyStore {

    /** The keys of {@code purpose}, newest first, retired ones included. */
    List<ServerKey> list(ServerKey.Purpose purpose);

    /** Stores a new key. */
    void insert(ServerKey key);

    /** Retires every key of {@code purpose} but {@code keep}. */
    void retireAllBut(ServerKey.Purpose purpose, String keep, Instant at);
}
