package io.relaypay.interchange.confirmations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The confirmation text of a payment that ships: the list only the phone sees, within three parts. */
class ShippingConfirmationTextsTest {

    static final ConfirmationCodes.Issued CODES = new ConfirmationCodes.Issued("48213", "K7P3QX");

    @Test
    void severalAddressesAreNumberedDefaultFirstWithHowToChoose() {
        String text = ConfirmationTexts.request(
                CODES,
                499,
                "EUR",
                "Acme Games",
                List.of("Home, Hauptstr. 1, Berlin", "Office, Alexanderplatz 5, Berlin"));

        assertThat(text)
                .isEqualTo("Relaypay: reply 48213 to pay 4.99 EUR to Acme Games, or enter K7P3QX on the payment page."
                        + " Ship to: 1 Home, Hauptstr. 1, Berlin; 2 Office, Alexanderplatz 5, Berlin."
                        + " Reply 48213 2 for address 2; the code alone ships to 1. Not you? Ignore this message.");
        assertThat(SmsParts.of(text)).isEqualTo(2);
    }

    @Test
    void oneAddressIsNamedWithoutAChoice() {
        String text = ConfirmationTexts.request(CODES, 499, "EUR", "Acme Games", List.of("Home, Hauptstr. 1, Berlin"));

        assertThat(text)
                .contains(" page. Ships to Home, Hauptstr. 1, Berlin. Not you?")
                .doesNotContain("Reply 48213");
    }

    @Test
    void noAddressesLeaveTheUsualText() {
        assertThat(ConfirmationTexts.request(CODES, 499, "EUR", "Acme Games", List.of()))
                .isEqualTo(ConfirmationTexts.request(CODES, 499, "EUR", "Acme Games"));
    }

    @Test
    void twentyAddressesAreListedOnlyAsFarAsThreePartsGo() {
        List<String> many = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> "Recipient " + i + ", Long Street Name " + i + ", Somewhere City")
                .toList();

        String text = ConfirmationTexts.request(CODES, 499, "EUR", "A".repeat(200), many);

        assertThat(SmsParts.of(text)).isEqualTo(3);
        assertThat(text).contains("; 2 Recipient 2,").containsPattern("; \\+\\d+ more\\. Reply 48213 2");
        assertThat(text).endsWith(" Not you? Ignore this message.");
    }

    @Test
    void addressesOutsideTheGsmAlphabetStillFitThreeParts() {
        List<String> polish = List.of("Dom, ul. Łąkowa 3, Łódź", "Praca, ul. Świętej Anny 12, Kraków");

        String text = ConfirmationTexts.request(CODES, 499, "EUR", "Sklep Żółw", polish);

        assertThat(text)
                .contains("to Sklep Zolw, or enter")
                .contains("Ship to: 1 Dom, ul. Lakowa 3, Lodz; 2 Praca, ul. Swietej Anny 12, Krakow. Reply 48213 2");
        assertThat(SmsParts.of(text)).isEqualTo(2);
    }

    @Test
    void partsAreCountedAsTheSmppChannelSplits() {
        assertThat(SmsParts.of("a".repeat(160))).isEqualTo(1);
        assertThat(SmsParts.of("a".repeat(161))).isEqualTo(2);
        assertThat(SmsParts.of("€".repeat(80))).isEqualTo(1);
        assertThat(SmsParts.of("ł".repeat(70))).isEqualTo(1);
        assertThat(SmsParts.of("ł".repeat(199))).isEqualTo(4);
    }
}
