package io.relaypay.interchange.confirmations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfirmationTextsTest {

    @Test
    void messageNamesCodesAmountAndMerchant() {
        String text =
                ConfirmationTexts.request(new ConfirmationCodes.Issued("48213", "K7P3QX"), 499, "EUR", "Acme Games");

        assertThat(text)
                .isEqualTo("Relaypay: reply 48213 to pay 4.99 EUR to Acme Games, or enter K7P3QX on the payment page."
                        + " Not you? Ignore this message.");
    }

    @Test
    void longMerchantNameIsCutSoTheMessageFitsOneSms() {
        String text = ConfirmationTexts.request(
                new ConfirmationCodes.Issued("48213", "K7P3QX"), 99_999_999, "EUR", "A".repeat(200));

        assertThat(text).hasSizeLessThanOrEqualTo(160).contains("A".repeat(37) + "...");
    }
}
