package io.relaypay.sdk;

import io.relaypay.sdk.SignatureVerificationException.Reason;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The parsed {@code Relaypay-Signature} header: {@code t=<unix seconds>,v1=<hex>} with more {@code v1}
 * entries during secret rotation. Entries of other schemes are skipped, so a future scheme can be added
 * beside {@code v1} without breaking this SDK.
 *
 * @param timestamp the {@code t} value exactly as sent (the signed text uses it verbatim)
 * @param epochSecond the {@code t} value as a number
 * @param signatures the decoded {@code v1} signatures, in order
 */
record SignatureHeader(String timestamp, long epochSecond, List<byte[]> signatures) {

    static final int MAX_LENGTH = 4096;
    private static final int SHA256_HEX_LENGTH = 64;
    private static final int MAX_TIMESTAMP_DIGITS = 12;

    static SignatureHeader parse(String header) {
        if (header == null || header.isBlank()) {
            throw malformed("no Relaypay-Signature header");
        }
        if (header.length() > MAX_LENGTH) {
            throw malformed("Relaypay-Signature header longer than " + MAX_LENGTH + " characters");
        }
        String timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String item : header.split(",", -1)) {
            String entry = item.strip();
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw malformed("Relaypay-Signature entry is not key=value");
            }
            String key = entry.substring(0, equals);
            String value = entry.substring(equals + 1);
            switch (key) {
                case "t" -> {
                    if (timestamp != null) {
                        throw malformed("Relaypay-Signature has more than one t=");
                    }
                    timestamp = digits(value);
                }
                case "v1" -> signatures.add(hex(value));
                default -> {
                    // another scheme: not ours to check
                }
            }
        }
        if (timestamp == null) {
            throw malformed("Relaypay-Signature has no t=");
        }
        if (signatures.isEmpty()) {
            throw new SignatureVerificationException(Reason.NO_SIGNATURE, "Relaypay-Signature has no v1= signature");
        }
        return new SignatureHeader(timestamp, Long.parseLong(timestamp), List.copyOf(signatures));
    }

    private static String digits(String value) {
        if (value.isEmpty()
                || value.length() > MAX_TIMESTAMP_DIGITS
                || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw malformed("Relaypay-Signature t= is not Unix seconds");
        }
        return value;
    }

    private static byte[] hex(String value) {
        if (value.length() != SHA256_HEX_LENGTH
                || !value.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
            throw malformed("Relaypay-Signature v1= is not 64 hex digits");
        }
        return HexFormat.of().parseHex(value);
    }

    private static SignatureVerificationException malformed(String message) {
        return new SignatureVerificationException(Reason.MALFORMED_HEADER, message);
    }
}
