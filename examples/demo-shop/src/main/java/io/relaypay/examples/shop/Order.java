package io.relaypay.examples.shop;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * An order as stored: what was bought at what price, and where its payment stands.
 *
 * @param id {@code ord_…}; also the payment's reference and idempotency key
 * @param sku the product bought
 * @param productName the product's name when ordered
 * @param amount minor units charged
 * @param currency upper-case ISO-4217 code
 * @param status where it stands
 * @param paymentId the Relaypay payment, once created
 * @param checkoutUrl where the buyer pays, once the payment is created
 * @param note the last thing worth telling the buyer (a failure message from Relaypay, say)
 * @param created when it was placed
 * @param shipTo where a paid physical order ships, as the buyer's phone chose it (one line)
 */
public record Order(
        String id,
        String sku,
        String productName,
        long amount,
        String currency,
        OrderStatus status,
        Optional<String> paymentId,
        Optional<URI> checkoutUrl,
        Optional<String> note,
        Instant created,
        Optional<String> shipTo) {

    /** Checks that every component is present. */
    public Order {
        requireNonNull(id, "id");
        requireNonNull(sku, "sku");
        requireNonNull(productName, "productName");
        requireNonNull(currency, "currency");
        requireNonNull(status, "status");
        requireNonNull(paymentId, "paymentId");
        requireNonNull(checkoutUrl, "checkoutUrl");
        requireNonNull(note, "note");
        requireNonNull(created, "created");
        requireNonNull(shipTo, "shipTo");
    }
}
