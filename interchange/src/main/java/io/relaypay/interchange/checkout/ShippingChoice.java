package io.relaypay.interchange.checkout;

/**
 * Which of the buyer's addresses a confirmation ships to: the default, or the one numbered in the
 * confirmation text ({@code 48213 2}). Only an SMS reply can number one, since only the phone saw
 * the list; the page's code always ships to the default.
 */
public sealed interface ShippingChoice {

    /** The default address (listed first). */
    ShippingChoice DEFAULT = new Default();

    /** The buyer's default address. */
    record Default() implements ShippingChoice {}

    /**
     * The address listed as {@code number} in the confirmation text, counting from 1.
     *
     * @param number as the buyer typed it; may be out of range, which is answered, never guessed
     */
    record Numbered(int number) implements ShippingChoice {}

    /**
     * The choice in an SMS reply that carried {@code code}: the number after the code ({@code 48213
     * 2}, {@code YES 48213, 2}), else the default. Only a run of 1 to 3 digits is a list position;
     * a longer one (another code, a 6-digit run) leaves the default.
     */
    static ShippingChoice inReply(String text, String code) {
        int i = 0;
        while (i < text.length()) {
            int start = i;
            i = digitsEnd(text, i);
            if (i == start) {
                i++;
                continue;
            }
            if (text.substring(start, i).equals(code)) {
                return after(text, i);
            }
        }
        return DEFAULT;
    }

    private static ShippingChoice after(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        int end = digitsEnd(text, i);
        int length = end - i;
        return length >= 1 && length <= 3 ? new Numbered(Integer.parseInt(text.substring(i, end))) : DEFAULT;
    }

    private static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
