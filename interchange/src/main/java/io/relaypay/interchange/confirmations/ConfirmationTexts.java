package io.relaypay.interchange.confirmations;

import io.relaypay.interchange.common.Amounts;

/** The wording of the confirmation message; short enough for one SMS with a long merchant name. */
public final class ConfirmationTexts {

    private static final int NAME_LIMIT = 40;

    private ConfirmationTexts() {}

    /**
     * {@code Relaypay: reply 48213 to pay 4.99 EUR to Acme Games, or enter K7P2QX on the payment
     * page. Not you? Ignore this message.}
     */
    public static String request(ConfirmationCodes.Issued codes, long amount, String currency, String merchant) {
        return "Relaypay: reply " + codes.replyCode() + " to pay " + Amounts.format(amount, currency) + " to "
                + shortName(merchant) + ", or enter " + codes.webCode()
                + " on the payment page. Not you? Ignore this message.";
    }

    /** A merchant name cut to fit a text message. */
    public static String shortName(String merchant) {
        String name = merchant.strip().replaceAll("\\s+", " ");
        return name.length() <= NAME_LIMIT ? name : name.substring(0, NAME_LIMIT - 3) + "...";
    }
}
