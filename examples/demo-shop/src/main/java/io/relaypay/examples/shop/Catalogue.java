package io.relaypay.examples.shop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the shop sells, in display order. */
public final class Catalogue {

    private final Map<String, Product> bySku = new LinkedHashMap<>();

    /**
     * A catalogue of these products.
     *
     * @throws IllegalArgumentException if two share a sku or there are none
     */
    public Catalogue(List<Product> products) {
        for (Product product : products) {
            if (bySku.putIfAbsent(product.sku(), product) != null) {
                throw new IllegalArgumentException("two products share the sku " + product.sku());
            }
        }
        if (bySku.isEmpty()) {
            throw new IllegalArgumentException("a catalogue needs at least one product");
        }
    }

    /** The demo catalogue: game coins and an e-book (virtual), a T-shirt and a mug (physical), in EUR. */
    public static Catalogue demo() {
        return new Catalogue(List.of(
                new Product(
                        "coins-500",
                        "500 game coins",
                        "Spend them in any Relaypay-enabled game.",
                        499,
                        "EUR",
                        Product.Kind.VIRTUAL),
                new Product(
                        "ebook-last-mile",
                        "E-book: The Last Mile",
                        "How a text message finds a phone. EPUB and PDF.",
                        899,
                        "EUR",
                        Product.Kind.VIRTUAL),
                new Product(
                        "tshirt",
                        "Relaypay T-shirt",
                        "Organic cotton, one size fits most.",
                        1999,
                        "EUR",
                        Product.Kind.PHYSICAL),
                new Product(
                        "mug",
                        "Relaypay mug",
                        "Holds a whole settlement run of coffee.",
                        1299,
                        "EUR",
                        Product.Kind.PHYSICAL)));
    }

    /** Every product, in display order. */
    public List<Product> products() {
        return List.copyOf(bySku.values());
    }

    /** The product with this sku. */
    public Optional<Product> find(String sku) {
        return Optional.ofNullable(bySku.get(sku));
    }
}
