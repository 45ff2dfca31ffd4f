package io.relaypay.sdk;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The payments endpoints, from {@link RelaypayClient#payments()}. Thread-safe. */
public final class Payments {

    private final Transport transport;

    Payments(Transport transport) {
        this.transport = transport;
    }

    /**
     * Creates a payment under an idempotency key the SDK generates; the key is reused by its retries.
     * Prefer {@link #create(CreatePaymentParams, String)} with a key of your own (your order id): then
     * a repeat after a crash or timeout on your side returns the same payment instead of a second one.
     */
    public Payment create(CreatePaymentParams params) {
        return create(params, UUID.randomUUID().toString());
    }

    /**
     * Creates a payment; the same key with the same params within 24 h returns the same payment.
     *
     * @param idempotencyKey 1–255 printable ASCII characters
     * @throws ConflictException if the key was used for different params
     */
    public Payment create(CreatePaymentParams params, String idempotencyKey) {
        return transport.post(
                "/v1/payments", JsonCodec.paymentRequest(params), key(idempotencyKey), JsonCodec::payment);
    }

    /**
     * The payment with this id.
     *
     * @throws NotFoundException if there is none for this merchant and mode
     */
    public Payment retrieve(String id) {
        return transport.get("/v1/payments/" + Validation.id(id, "id"), Map.of(), JsonCodec::payment);
    }

    /** One page of payments, newest first. */
    public Page<Payment> list(PaymentListParams params) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("limit", Integer.toString(params.limit()));
        params.startingAfter().ifPresent(id -> query.put("starting_after", id));
        return transport.get("/v1/payments", query, node -> JsonCodec.page(node, JsonCodec::payment));
    }

    /** Every payment, newest first, fetching pages of {@code params.limit()} as the stream is read. */
    public Stream<Payment> listAll(PaymentListParams params) {
        Iterator<Payment> iterator = new Iterator<>() {
            private PaymentListParams next = params;
            private Iterator<Payment> current = Collections.emptyIterator();
            private boolean more = true;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && more) {
                    Page<Payment> page = list(next);
                    current = page.data().iterator();
                    more = page.hasMore() && !page.data().isEmpty();
                    if (more) {
                        next = next.after(page.data().getLast().id());
                    }
                }
                return current.hasNext();
            }

            @Override
            public Payment next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Cancels a payment under a generated idempotency key; see {@link #cancel(String, String)}. */
    public Payment cancel(String id) {
        return cancel(id, UUID.randomUUID().toString());
    }

    /**
     * Cancels a payment that has not reached {@code processing}.
     *
     * @throws ConflictException if it can no longer be canceled ({@link ProblemTypes#INVALID_STATE})
     */
    public Payment cancel(String id, String idempotencyKey) {
        return transport.post(
                "/v1/payments/" + Validation.id(id, "id") + "/cancel",
                JsonCodec.MAPPER.createObjectNode(),
                key(idempotencyKey),
                JsonCodec::payment);
    }

    static String key(String idempotencyKey) {
        return Validation.idempotencyKey(idempotencyKey);
    }
}
