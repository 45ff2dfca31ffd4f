package io.relaypay.interchange.users;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * International bank account numbers (ISO 13616): read as typed (spaces allowed, any case), checked
 * for the country's length and the mod-97 check digits, and masked for display.
 */
public final class Ibans {

    /** IBAN length per country, from the SWIFT IBAN registry. */
    private static final Map<String, Integer> LENGTHS = lengths("""
            AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20
            EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30
            KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28
            PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24
            XK20""");

    private Ibans() {}

    /** The compact upper-case form of {@code typed}, or empty when it is not a valid IBAN. */
    public static Optional<String> parse(String typed) {
        if (typed == null || typed.length() > 50) {
            return Optional.empty();
        }
        String iban = typed.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return Optional.empty();
        }
        Integer length = LENGTHS.get(iban.substring(0, 2));
        if (length == null || length != iban.length()) {
            return Optional.empty();
        }
        return checksumOk(iban) ? Optional.of(iban) : Optional.empty();
    }

    /** {@code DE89370400440532013000} as {@code •••• 3000}: only the last four characters shown. */
    public static String masked(String iban) {
        return "\u2022\u2022\u2022\u2022 " + iban.substring(iban.length() - 4);
    }

    private static boolean checksumOk(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    private static Map<String, Integer> lengths(String table) {
        Map<String, Integer> lengths = new HashMap<>();
        for (String entry : table.trim().split("\\s+")) {
            lengths.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
        }
        return Map.copyOf(lengths);
    }
}
