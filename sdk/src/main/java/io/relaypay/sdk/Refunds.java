package io.relaypay.sdk;

import java.util.Map;
import java.util.UUID;

/** The refunds endpoints, from {@link RelaypayClient#refunds()}. Thread-safe. */
public final class Refunds {

    private final Transport transport;

    Refunds(Transport transport) {
        this.transport = transport;
    }

    /** Refunds under an idempotency key the SDK generates; see {@link #create(CreateRefundParams, String)}. */
    public Refund create(CreateRefundParams params) {
        return create(params, UUID.randomUUID().toString());
    }

    /**
     * Refunds part or all of a succeeded payment; the same key with the same params returns the same
     * refund.
     *
     * @throws ConflictException if the payment has not succeeded or the amount is more than what is left
     */
    public Refund create(CreateRefundParams params, String idempotencyKey) {
        return transport.post(
                "/v1/refunds", JsonCodec.refundRequest(params), Payments.key(idempotencyKey), JsonCodec::refund);
    }

    /**
     * The refund with this id.
     *
     * @throws NotFoundException if there is none for this merchant and mode
     */
    public Refund retrieve(String id) {
        return transport.get("/v1/refunds/" + Validation.id(id, "id"), Map.of(), JsonCodec::refund);
    }
}
