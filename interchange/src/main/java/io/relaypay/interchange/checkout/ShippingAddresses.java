package io.relaypay.interchange.checkout;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.ShippingAddress;
import io.relaypay.interchange.users.PostalAddress;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The buyer's addresses as the confirmation numbers them, and the choice of one. The numbering is
 * the default first, then the others oldest first; the text and the reply use the same order, read
 * afresh each time (addresses change only through the admin API, so between the text and the reply
 * the list is the same in practice; a removed address shifts the numbers after it).
 */
public final class ShippingAddresses {

    private final Function<String, List<PostalAddress>> addresses;

    /** Addresses read with {@code addresses} (a user id to that user's addresses, such as {@code AddressService::of}). */
    public ShippingAddresses(Function<String, List<PostalAddress>> addresses) {
        this.addresses = Objects.requireNonNull(addresses, "addresses");
    }

    /** What a choice comes to for one payment. */
    public sealed interface Pick {
        /** The payment did not ask for an address. */
        record NotAsked() implements Pick {}

        /**
         * Ship here.
         *
         * @param address the copy to keep with the payment
         */
        record Chosen(ShippingAddress address) implements Pick {}

        /** The buyer has no address on file. */
        record NoneOnFile() implements Pick {}

        /**
         * The number is not one of the buyer's addresses.
         *
         * @param count how many there are
         */
        record NotListed(int count) implements Pick {}
    }

    /** The user's addresses in the order the confirmation numbers them. */
    public List<ShippingAddress> listed(String userId) {
        return addresses.apply(userId).stream()
                .sorted(Comparator.comparing((PostalAddress a) -> !a.isDefault())
                        .thenComparing(PostalAddress::createdAt)
                        .thenComparing(PostalAddress::id))
                .map(ShippingAddresses::copy)
                .toList();
    }

    /** Short lines for the confirmation text; empty when the payment does not ship. */
    public List<String> lines(Payment payment, String userId) {
        return payment.collectShippingAddress()
                ? listed(userId).stream().map(ShippingTexts::line).toList()
                : List.of();
    }

    /**
     * Where {@code payment} ships for {@code choice}. An address chosen earlier in the same
     * confirmation (the reply came before the PIN) stands.
     */
    public Pick pick(Payment payment, String userId, ShippingChoice choice) {
        if (!payment.collectShippingAddress()) {
            return new Pick.NotAsked();
        }
        if (payment.shippingAddress().isPresent() && choice instanceof ShippingChoice.Default) {
            return new Pick.Chosen(payment.shippingAddress().get());
        }
        List<ShippingAddress> list = listed(userId);
        if (list.isEmpty()) {
            return new Pick.NoneOnFile();
        }
        return switch (choice) {
            case ShippingChoice.Default d -> new Pick.Chosen(list.get(0));
            case ShippingChoice.Numbered(int n) ->
                n >= 1 && n <= list.size() ? new Pick.Chosen(list.get(n - 1)) : new Pick.NotListed(list.size());
        };
    }

    /** The copy of {@code a} a payment keeps. */
    static ShippingAddress copy(PostalAddress a) {
        return new ShippingAddress(a.name(), a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country());
    }
}
