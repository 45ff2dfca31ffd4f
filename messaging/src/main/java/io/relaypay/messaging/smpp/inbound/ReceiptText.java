package io.relaypay.messaging.smpp.inbound;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.smpp.codec.SmppFormatException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form of an SMSC delivery receipt (SMPP 3.4 appendix B), which most SMSCs send even when
 * they also set the TLVs: {@code id:IIII sub:SSS dlvrd:DDD submit date:YYMMDDhhmm done
 * date:YYMMDDhhmm stat:DDDDDDD err:E text:...}. Parsing is lenient where SMSCs differ (case of
 * keys and stat values, spacing around colons, missing optional fields, anything after {@code
 * text:}) and strict where it matters: an id and a known stat must be there.
 *
 * @param id the message id as the SMSC wrote it
 * @param status the stat field
 * @param error the err field, when present
 */
public record ReceiptText(String id, DeliveryStatus status, Optional<String> error) {

    /** Longest message id SMPP allows (a 65-octet C-string). */
    static final int MAX_ID_LENGTH = 64;

    private static final Pattern TEXT_FIELD = Pattern.compile("(?i)(?:^|\\s)text\\s*:");
    private static final Pattern ID = Pattern.compile("(?i)(?:^|\\s)id\\s*:\\s*(\\S+)");
    private static final Pattern STAT = Pattern.compile("(?i)(?:^|\\s)stat\\s*:\\s*([A-Za-z_]+)");
    private static final Pattern ERR = Pattern.compile("(?i)(?:^|\\s)err\\s*:\\s*([0-9A-Za-z]+)");

    /**
     * Reads a receipt text.
     *
     * @throws SmppFormatException when the id or the stat is missing, or the stat is unknown
     */
    public static ReceiptText parse(String text) {
        Matcher textField = TEXT_FIELD.matcher(text);
        String fields = textField.find() ? text.substring(0, textField.start()) : text;
        String id = first(ID, fields).orElseThrow(() -> new SmppFormatException("receipt has no id: " + clip(text)));
        if (id.length() > MAX_ID_LENGTH) {
            throw new SmppFormatException("receipt id longer than " + MAX_ID_LENGTH + " characters");
        }
        String stat =
                first(STAT, fields).orElseThrow(() -> new SmppFormatException("receipt has no stat: " + clip(text)));
        return new ReceiptText(id, status(stat), first(ERR, fields));
    }

    /**
     * The status a stat value names; the seven-letter SMPP abbreviations and their full words.
     *
     * @throws SmppFormatException for any other value
     */
    public static DeliveryStatus status(String stat) {
        return switch (stat.toUpperCase(Locale.ROOT)) {
            case "DELIVRD", "DELIVERED" -> DeliveryStatus.DELIVERED;
            case "EXPIRED" -> DeliveryStatus.EXPIRED;
            case "DELETED" -> DeliveryStatus.DELETED;
            case "UNDELIV", "UNDELIVERABLE" -> DeliveryStatus.UNDELIVERABLE;
            case "ACCEPTD", "ACCEPTED" -> DeliveryStatus.ACCEPTED;
            case "UNKNOWN" -> DeliveryStatus.UNKNOWN;
            case "REJECTD", "REJECTED" -> DeliveryStatus.REJECTED;
            case "ENROUTE" -> DeliveryStatus.ENROUTE;
            default -> throw new SmppFormatException("unknown receipt stat '" + clip(stat) + "'");
        };
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String clip(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
