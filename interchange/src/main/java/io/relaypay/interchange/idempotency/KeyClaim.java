package io.relaypay.interchange.idempotency;

/** What happened when a request tried to claim its idempotency key. */
public sealed interface KeyClaim {

    /** The key is new: run the request and record its response. */
    record Claimed() implements KeyClaim {}

    /** The same request ran before: give its response again. */
    record Replay(StoredResponse response) implements KeyClaim {}

    /** The key was used for a different request. */
    record Reused() implements KeyClaim {}

    /** The first request with this key is still running. */
    record InUse() implements KeyClaim {}
}
