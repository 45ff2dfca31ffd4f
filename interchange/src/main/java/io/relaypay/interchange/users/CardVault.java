package io.relaypay.interchange.users;

/**
 * The card processor's vault: takes a card number and returns the processor's token for it, so the
 * number itself is never stored here. A processor integration implements this port.
 */
@FunctionalInterface
public interface CardVault {

    /**
     * The processor's token for the card.
     *
     * @param digits the card number's digits (Luhn-checked)
     * @param expMonth 1 to 12
     * @param expYear four digits
     */
    String tokenize(String digits, int expMonth, int expYear);
}
