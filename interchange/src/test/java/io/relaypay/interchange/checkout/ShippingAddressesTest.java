package io.relaypay.interchange.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.interchange.payments.PaymentView;
import io.relaypay.interchange.payments.ShippingAddress;
import io.relaypay.interchange.users.PostalAddress;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Numbering, choosing and copying the buyer's addresses for a payment that ships. */
class ShippingAddressesTest {

    static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    static final PostalAddress OFFICE = address("adr_1", "Office", "Alexanderplatz 5", false, T);
    static final PostalAddress HOME = address("adr_2", "Home", "Hauptstr. 1", true, T.plusSeconds(60));
    static final PostalAddress CABIN = address("adr_3", "Cabin", "Seeweg 9", false, T.plusSeconds(120));

    final List<PostalAddress> onFile = new ArrayList<>(List.of(OFFICE, HOME, CABIN));
    final ShippingAddresses shipping = new ShippingAddresses(Map.of("usr_1", onFile)::get);

    @Test
    void theDefaultIsNumberOneAndTheOthersFollowOldestFirst() {
        assertThat(shipping.listed("usr_1"))
                .extracting(ShippingAddress::name)
                .containsExactly("Home", "Office", "Cabin");
        assertThat(shipping.lines(payment(true), "usr_1"))
                .containsExactly(
                        "Home, Hauptstr. 1, Berlin", "Office, Alexanderplatz 5, Berlin", "Cabin, Seeweg 9, Berlin");
    }

    @Test
    void aNumberedReplyPicksThatAddress() {
        assertThat(shipping.pick(payment(true), "usr_1", new ShippingChoice.Numbered(3)))
                .isEqualTo(new ShippingAddresses.Pick.Chosen(ShippingAddresses.copy(CABIN)));
    }

    @Test
    void noNumberPicksTheDefault() {
        assertThat(shipping.pick(payment(true), "usr_1", ShippingChoice.DEFAULT))
                .isEqualTo(new ShippingAddresses.Pick.Chosen(ShippingAddresses.copy(HOME)));
    }

    @Test
    void aNumberBeyondTheListIsNotListedAndNothingIsChosen() {
        assertThat(shipping.pick(payment(true), "usr_1", new ShippingChoice.Numbered(4)))
                .isEqualTo(new ShippingAddresses.Pick.NotListed(3));
        assertThat(shipping.pick(payment(true), "usr_1", new ShippingChoice.Numbered(0)))
                .isEqualTo(new ShippingAddresses.Pick.NotListed(3));
    }

    @Test
    void aBuyerWithoutAddressesHasNoneOnFile() {
        onFile.clear();
        assertThat(shipping.pick(payment(true), "usr_1", ShippingChoice.DEFAULT))
                .isEqualTo(new ShippingAddresses.Pick.NoneOnFile());
    }

    @Test
    void aPaymentThatDidNotAskNeedsNoAddress() {
        assertThat(shipping.pick(payment(false), "usr_1", ShippingChoice.DEFAULT))
                .isEqualTo(new ShippingAddresses.Pick.NotAsked());
        assertThat(shipping.lines(payment(false), "usr_1")).isEmpty();
    }

    @Test
    void anAddressChosenWithTheCodeStandsWhenThePinCompletes() {
        Payment chosen = payment(true).shippingTo(ShippingAddresses.copy(CABIN), T);
        onFile.remove(CABIN);

        assertThat(shipping.pick(chosen, "usr_1", ShippingChoice.DEFAULT))
                .isEqualTo(new ShippingAddresses.Pick.Chosen(ShippingAddresses.copy(CABIN)));
    }

    @Test
    void theSnapshotIsACopyShownToTheMerchantOnlyOncePaid() {
        Payment processing = payment(true).shippingTo(ShippingAddresses.copy(HOME), T);
        Payment succeeded = processing.moveTo(PaymentStatus.SUCCEEDED, T);
        URI base = URI.create("http://127.0.0.1:8080");

        assertThat(PaymentView.of(processing, base).shippingAddress()).isNull();
        assertThat(PaymentView.of(succeeded, base).shippingAddress())
                .isEqualTo(new PaymentView.Address("Home", "Hauptstr. 1", "Hinterhaus", "Berlin", null, "10115", "DE"));
        assertThat(PaymentView.of(succeeded, base).collectShippingAddress()).isTrue();
    }

    @Test
    void completionAndListTextsAreShort() {
        ShippingAddress home = ShippingAddresses.copy(HOME);
        assertThat(ShippingTexts.where(home)).isEqualTo("Home, Berlin");
        assertThat(ShippingTexts.notListed("48213", 7, 3))
                .isEqualTo("Relaypay: there is no address 7. Reply 48213 and a number from 1 to 3, or 48213 alone for"
                        + " address 1. Nothing was paid.");
        ShippingAddress longOne = new ShippingAddress(
                "N".repeat(50),
                "L".repeat(90),
                Optional.empty(),
                "C".repeat(60),
                Optional.empty(),
                Optional.empty(),
                "DE");
        assertThat(ShippingTexts.line(longOne)).hasSize(20 + 2 + 25 + 2 + 20).endsWith("C.");
    }

    static PostalAddress address(String id, String name, String line1, boolean isDefault, Instant at) {
        return new PostalAddress(
                id,
                "usr_1",
                name,
                line1,
                Optional.of("Hinterhaus"),
                "Berlin",
                Optional.empty(),
                Optional.of("10115"),
                "DE",
                isDefault,
                at);
    }

    static Payment payment(boolean ships) {
        return new Payment(
                "pay_1",
                "mer_1",
                false,
                PaymentStatus.PROCESSING,
                499,
                "EUR",
                0,
                "order-1",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("+4915100000001"),
                Optional.of("usr_1"),
                Optional.empty(),
                T,
                T.plusSeconds(900),
                T,
                1,
                ships,
                Optional.empty());
    }
}
