package io.relaypay.examples.shop;

import static java.util.Objects.requireNonNull;

/**
 * Something the shop sells.
 *
 * @param sku the stable id used in forms and orders
 * @param name shown to the buyer and sent to Relaypay as the payment's description
 * @param blurb one line about it
 * @param price minor units of {@code currency}, positive
 * @param currency upper-case ISO-4217 code
 * @param kind virtual goods are delivered at once, physical ones are shipped
 */
public record Product(String sku, String name, String blurb, long price, String currency, Kind kind) {

    /** Virtual goods are delivered at once; physical goods are shipped. */
    public enum Kind {
        /** Delivered at once: coins, an e-book. */
        VIRTUAL,
        /** Shipped to the buyer. */
        PHYSICAL
    }

    /** Refuses a malformed sku, a blank name, a non-positive price or a bad currency. */
    public Product {
        if (sku == null || !sku.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("sku must be 1-40 of a-z, 0-9 and '-', got " + sku);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        requireNonNull(blurb, "blurb");
        if (price <= 0) {
            throw new IllegalArgumentException("price must be positive minor units, got " + price);
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO-4217 code, got " + currency);
        }
        requireNonNull(kind, "kind");
    }
}
