package io.relaypay.simulator.processor.http;

/**
 * An answer before it is written.
 *
 * @param status the HTTP status
 * @param body the JSON body
 * @param replayed whether an earlier request with the same idempotency key made it
 */
record Reply(int status, Object body, boolean replayed) {

    static Reply ok(Object body) {
        return new Reply(200, body, false);
    }

    static Reply created(Object body) {
        return new Reply(201, body, false);
    }

    Reply replay() {
        return new Reply(status, body, true);
    }
}
