package io.relaypay.examples.shop;

import io.relaypay.sdk.ShippingAddress;
import java.util.ArrayList;
import java.util.List;

/** A shipping address as the shop keeps and shows it: one line, the way a parcel label reads. */
final class ShipTo {

    private ShipTo() {}

    /** {@code Office, Jungfernstieg 7, 20354 Hamburg, DE}. */
    static String line(ShippingAddress a) {
        List<String> parts = new ArrayList<>();
        parts.add(a.name());
        parts.add(a.line1());
        a.line2().ifPresent(parts::add);
        parts.add(a.postalCode().map(code -> code + " " + a.city()).orElse(a.city()));
        a.region().ifPresent(parts::add);
        parts.add(a.country());
        return String.join(", ", parts);
    }
}
