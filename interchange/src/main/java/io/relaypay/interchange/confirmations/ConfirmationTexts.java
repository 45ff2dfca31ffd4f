package io.relaypay.interchange.confirmations;

import io.relaypay.interchange.common.Amounts;
import java.util.List;

/**
 * The wording of the confirmation message: one SMS even with a long merchant name, and at most
 * {@link SmsParts#MAX} parts when it lists the buyer's shipping addresses.
 */
public final class ConfirmationTexts {

    private static final int NAME_LIMIT = 40;

    private ConfirmationTexts() {}

    /**
     * {@code Relaypay: reply 48213 to pay 4.99 EUR to Acme Games, or enter K7P2QX on the payment
     * page. Not you? Ignore this message.}
     */
    public static String request(ConfirmationCodes.Issued codes, long amount, String currency, String merchant) {
        return request(codes, amount, currency, merchant, List.of());
    }

    /**
     * The request of a payment that ships to one of {@code addresses} (short lines, the default
     * first): one address is named; several are numbered, as many as fit in {@link SmsParts#MAX}
     * parts, with how to choose: {@code Ship to: 1 Home, Hauptstr. 1, Berlin; 2 Office, Alexanderpl.
     * 5, Berlin. Reply 48213 2 for address 2; the code alone ships to 1.} Only the phone reads this,
     * which is why the list may be shown here and nowhere a typed number leads.
     */
    public static String request(
            ConfirmationCodes.Issued codes, long amount, String currency, String merchant, List<String> addresses) {
        // With addresses the whole text is folded into GSM-7, so one Polish letter does not cut the
        // room for the list by more than half (see GsmFold).
        String name = addresses.isEmpty() ? shortName(merchant) : GsmFold.fold(shortName(merchant));
        List<String> lines = addresses.stream().map(GsmFold::fold).toList();
        String head = "Relaypay: reply " + codes.replyCode() + " to pay " + Amounts.format(amount, currency) + " to "
                + name + ", or enter " + codes.webCode() + " on the payment page.";
        String tail = " Not you? Ignore this message.";
        return head + shipping(codes.replyCode(), lines, head, tail) + tail;
    }

    private static String shipping(String code, List<String> addresses, String head, String tail) {
        if (addresses.isEmpty()) {
            return "";
        }
        if (addresses.size() == 1) {
            String one = " Ships to " + addresses.get(0) + ".";
            return SmsParts.fits(head + one + tail) ? one : "";
        }
        String how = ". Reply " + code + " 2 for address 2; the code alone ships to 1.";
        StringBuilder list = new StringBuilder(" Ship to:");
        int listed = 0;
        for (String address : addresses) {
            String entry = (listed == 0 ? " " : "; ") + (listed + 1) + " " + address;
            String more = addresses.size() > listed + 1 ? "; +" + (addresses.size() - listed - 1) + " more" : "";
            if (!SmsParts.fits(head + list + entry + more + how + tail)) {
                break;
            }
            list.append(entry);
            listed++;
        }
        if (listed < 2) {
            // Not even two fit (long names in UCS-2): choosing blind would be a guess, so say where it goes.
            return SmsParts.fits(head + " Ships to your default address." + tail)
                    ? " Ships to your default address."
                    : "";
        }
        if (listed < addresses.size()) {
            list.append("; +").append(addresses.size() - listed).append(" more");
        }
        return list + how;
    }

    /** A merchant name cut to fit a text message. */
    public static String shortName(String merchant) {
        String name = merchant.strip().replaceAll("\\s+", " ");
        return name.length() <= NAME_LIMIT ? name : name.substring(0, NAME_LIMIT - 3) + "...";
    }
}
