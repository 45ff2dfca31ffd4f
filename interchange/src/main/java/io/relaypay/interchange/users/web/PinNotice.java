package io.relaypay.interchange.users.web;

import io.relaypay.interchange.common.PageNotice;
import java.util.Optional;

/** What the PIN pages tell the person after a step; only the key travels in the redirect. */
public enum PinNotice implements PageNotice {
    /** The number could not be read. */
    PHONE_INVALID(true, "That does not look like a phone number. Type it with the country code."),
    /** No route to the number. */
    UNREACHABLE(true, "We cannot send a text message to this number."),
    /** A code went out moments ago. */
    TOO_SOON(true, "We sent a code to this number a moment ago. Wait a minute before asking again."),
    /** The code is on its way. */
    CODE_SENT(false, "We sent you a text message with a code."),
    /** Wrong code. */
    CODE_WRONG(true, "That code is not right."),
    /** The code can no longer be used. */
    CODE_SPENT(true, "This code can no longer be used. Ask for a new one."),
    /** Not 4 to 8 digits. */
    PIN_FORMAT(true, "A PIN is 4 to 8 digits."),
    /** The two PINs differ. */
    PIN_MISMATCH(true, "The two PINs are not the same."),
    /** The PIN is set. */
    DONE(false, "Your PIN is set.");

    private final boolean problem;
    private final String message;

    PinNotice(boolean problem, String message) {
        this.problem = problem;
        this.message = message;
    }

    @Override
    public boolean problem() {
        return problem;
    }

    @Override
    public String message() {
        return message;
    }

    /** The notice of {@code key}, if it is one. */
    public static Optional<PinNotice> ofKey(String key) {
        return PageNotice.ofKey(PinNotice.class, key);
    }
}
