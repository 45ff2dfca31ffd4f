package io.relaypay.interchange.users;

import java.time.Instant;
import java.util.Optional;

/** Where PIN challenges are kept. */
public interface PinChallengeStore {

    /** Stores a new challenge. */
    void insert(PinChallenge challenge);

    /** A challenge by id. */
    Optional<PinChallenge> find(String challengeId);

    /** The user's newest challenge. */
    Optional<PinChallenge> latest(String userId);

    /** Counts a wrong code; returns the attempts so far. */
    int recordAttempt(String challengeId);

    /** Marks the challenge used; false when it already was (a concurrent request came first). */
    boolean complete(String challengeId, Instant at);
}
