package io.relaypay.interchange.checkout.web;

import java.util.Locale;

/** How the checkout page is shown: on its own, in the widget's popup, or in its iframe overlay. */
public enum Mode {
    /** A page of its own: success and cancel go back to the merchant's URLs. */
    PAGE,
    /** The widget's popup: the outcome is posted to the opener, which closes the popup. */
    POPUP,
    /** The widget's iframe: the outcome is posted to the parent; framing allowed for the merchant. */
    FRAME;

    /** The mode named by a request parameter; anything unknown is {@link #PAGE}. */
    public static Mode of(String value) {
        if (value == null) {
            return PAGE;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "popup" -> POPUP;
            case "frame" -> FRAME;
            default -> PAGE;
        };
    }

    /** The parameter value. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
