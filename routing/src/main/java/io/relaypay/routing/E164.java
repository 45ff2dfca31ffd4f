package io.relaypay.routing;

/**
 * The shape check for E.164 phone numbers that routing and decisions share. A loop rather than a
 * regex, because requests are checked on the routing and decision hot paths; full validation
 * against numbering plans (libphonenumber) happens once, at the edge, in messaging.
 */
public final class E164 {

    private E164() {}

    /** True for {@code +} followed by 7 to 15 digits, the first not 0. */
    public static boolean isValid(String number) {
        int digits = number.length() - 1;
        if (digits < 7 || digits > 15 || number.charAt(0) != '+' || number.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
