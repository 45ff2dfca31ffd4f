package io.relaypay.interchange.deposits;

import io.relaypay.interchange.common.Amounts;
import io.relaypay.interchange.confirmations.ConfirmationCodes;

/** The wording of the texts a deposit sends; each fits one SMS. */
public final class DepositTexts {

    private DepositTexts() {}

    /**
     * {@code Relaypay: reply 48213 to deposit 10.00 EUR (3 charges on your phone bill over 2 days),
     * or enter K7P2QX on the deposit page. Not you? Ignore this message.}
     */
    public static String confirmation(
            ConfirmationCodes.Issued codes, long planned, String currency, int messages, int days) {
        return "Relaypay: reply " + codes.replyCode() + " to deposit " + Amounts.format(planned, currency) + " ("
                + messages + (messages == 1 ? " charge" : " charges") + " on your phone bill"
                + (days > 1 ? " over " + days + " days" : "") + "), or enter " + codes.webCode()
                + " on the deposit page. Not you? Ignore this message.";
    }

    /** {@code Relaypay deposit: 4.99 EUR (charge 2 of 3) credited to your balance.} */
    public static String charge(long price, String currency, int seq, int count) {
        return "Relaypay deposit: " + Amounts.format(price, currency) + " (charge " + (seq + 1) + " of " + count
                + ") credited to your balance.";
    }

    /** {@code Relaypay: no deposit made. <reason>} */
    public static String refused(String reason) {
        return "Relaypay: no deposit made. " + reason;
    }
}
