package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Which page of payments {@code GET /v1/payments} returns.
 *
 * @param limit how many payments at most, at least 1
 * @param startingAfter the id of the last payment of the previous page; empty for the first page
 */
public record PaymentListParams(int limit, Optional<String> startingAfter) {

    /** Refuses a limit below 1 or a malformed id. */
    public PaymentListParams {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        requireNonNull(startingAfter, "startingAfter").ifPresent(id -> Validation.id(id, "startingAfter"));
    }

    /** The first page of up to {@code limit} payments. */
    public static PaymentListParams firstPage(int limit) {
        return new PaymentListParams(limit, Optional.empty());
    }

    /** The page after the payment {@code lastId}, of the same size. */
    public PaymentListParams after(String lastId) {
        return new PaymentListParams(limit, Optional.of(lastId));
    }
}
