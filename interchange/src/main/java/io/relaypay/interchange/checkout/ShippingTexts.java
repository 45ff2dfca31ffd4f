package io.relaypay.interchange.checkout;

import io.relaypay.interchange.payments.ShippingAddress;

/**
 * The few words an SMS spends on an address. Short on purpose: the confirmation lists several and
 * must stay within three parts, and the phone's owner only needs to tell them apart.
 */
final class ShippingTexts {

    private static final int NAME = 20;
    private static final int LINE = 25;
    private static final int CITY = 20;

    private ShippingTexts() {}

    /** {@code Home, Hauptstr. 1, Berlin}: one entry of the confirmation's list. */
    static String line(ShippingAddress a) {
        return cut(a.name(), NAME) + ", " + cut(a.line1(), LINE) + ", " + cut(a.city(), CITY);
    }

    /** {@code Home, Berlin}: where a paid order ships, for the completion notice. */
    static String where(ShippingAddress a) {
        return cut(a.name(), NAME) + ", " + cut(a.city(), CITY);
    }

    /** The answer to a reply numbering no address: nothing is paid, the code still works. */
    static String notListed(String code, int number, int count) {
        return "Relaypay: there is no address " + number + ". Reply " + code + " and a number from 1 to " + count
                + ", or " + code + " alone for address 1. Nothing was paid.";
    }

    private static String cut(String text, int limit) {
        String s = text.strip().replaceAll("\\s+", " ");
        return s.length() <= limit ? s : s.substring(0, limit - 1) + ".";
    }
}
