package io.relaypay.simulator.billing.http;

import java.util.Map;
import java.util.Optional;

/**
 * What a resource answers, before {@link CarrierBillingApi} writes it (or drops it, by fault).
 *
 * @param status the HTTP status
 * @param body the JSON body
 * @param location the {@code Location} of a created resource
 * @param replayed whether an earlier request with the same {@code clientCorrelator} created it
 */
record Reply(int status, Object body, Optional<String> location, boolean replayed) {

    static Reply ok(Object body) {
        return new Reply(200, body, Optional.empty(), false);
    }

    static Reply accepted(Map<String, Object> body) {
        return new Reply(202, body, Optional.empty(), false);
    }

    static Reply created(Map<String, Object> body, String location, boolean replayed) {
        return new Reply(201, body, Optional.of(location), replayed);
    }
}
