package io.relaypay.interchange.confirmations;

/** What the buyer must do to confirm a payment, as the decision engine asked. */
public enum Method {
    /** Reply to the SMS with its code, or type a code from it on the page. */
    SMS_CODE,
    /** Type the PIN on the page. */
    PIN,
    /** Both. */
    SMS_CODE_AND_PIN;

    /** Whether a code from the SMS is needed. */
    public boolean needsCode() {
        return this != PIN;
    }

    /** Whether the PIN is needed. */
    public boolean needsPin() {
        return this != SMS_CODE;
    }
}
