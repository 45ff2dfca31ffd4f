package io.relaypay.interchange.checkout;

import io.relaypay.interchange.common.PageNotice;
import java.util.Optional;

/**
 * What the checkout page tells the buyer after a step. The page is reached again by a redirect
 * carrying only the notice's key, so nothing the buyer typed is ever reflected back.
 */
public enum Notice implements PageNotice {
    /** The number could not be read. */
    PHONE_INVALID(
            true, "That does not look like a phone number. Type it with the country code, like +49 151 12345678."),
    /** No route reaches the number. */
    PHONE_UNREACHABLE(true, "We cannot send a text message to this number. Check it, or use another number."),
    /** A new message with codes is on its way. */
    CODE_SENT(false, "We sent you a new text message with new codes."),
    /** The code is not right. */
    CODE_WRONG(true, "That code is not right."),
    /** The codes ran out. */
    CODE_EXPIRED(true, "These codes have expired. Ask for a new message."),
    /** No more messages for this payment. */
    CODES_EXHAUSTED(true, "No more messages can be sent for this payment."),
    /** The code was right, the PIN is still needed. */
    CODE_ACCEPTED(false, "Code accepted. Now enter your PIN."),
    /** The PIN was right, a code is still needed. */
    PIN_ACCEPTED(false, "PIN accepted. Now enter the code from the text message."),
    /** The PIN is not 4 to 8 digits. */
    PIN_FORMAT(true, "A PIN is 4 to 8 digits."),
    /** The PIN is wrong. */
    PIN_WRONG(true, "That PIN is not right."),
    /** Too many wrong PINs. */
    PIN_LOCKED(true, "Too many wrong PINs. PIN entry is locked for a while."),
    /** The buyer has not set a PIN. */
    PIN_NOT_SET(true, "This payment needs your PIN, and you have not set one yet."),
    /** The PIN was just set. */
    PIN_SET(false, "Your PIN is set. You can enter it now."),
    /** An SMS reply numbered no address of the buyer's (the reply gets its own answer by SMS). */
    ADDRESS_NOT_LISTED(true, "There is no address with that number. Reply with the code and a number from the list."),
    /** The payment no longer takes this step (already confirmed, canceled, expired…). */
    NOT_WAITING(false, "This payment has moved on.");

    private final boolean problem;
    private final String message;

    Notice(boolean problem, String message) {
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
    public static Optional<Notice> ofKey(String key) {
        return PageNotice.ofKey(Notice.class, key);
    }
}
