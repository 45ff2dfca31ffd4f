package io.relaypay.simulator.processor;

/**
 * A tokenized card. The number stays in the processor; clients only ever see the token, brand and
 * last four digits.
 *
 * @param token what clients charge, {@code tok_...}
 * @param pan the full card number
 * @param brand {@code visa}, {@code mastercard}, {@code amex} or {@code unknown}
 * @param expMonth 1 to 12
 * @param expYear four digits
 */
public record Card(String token, String pan, String brand, int expMonth, int expYear) {

    /** The last four digits. */
    public String last4() {
        return pan.substring(pan.length() - 4);
    }

    @Override
    public String toString() {
        // Never the full number, not even in a simulator log line.
        return "Card[" + token + " " + brand + " ..." + last4() + "]";
    }
}
