package io.relaypay.interchange.users;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed fingerprints of linked-account references (HMAC-SHA256): equal references give equal
 * fingerprints, so an account linked twice is found, while a database dump alone cannot test
 * guesses of a card number or IBAN against them (a plain hash could be brute-forced: those numbers
 * have few unknown digits).
 */
public final class Fingerprints {

    private final SecretKeySpec key;

    /** Fingerprints under {@code key} (at least 32 bytes). */
    public Fingerprints(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the fingerprint key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** The hex fingerprint of {@code reference} of {@code kind}. */
    public String of(AccountKind kind, String reference) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of()
                    .formatHex(mac.doFinal((kind.name() + ":" + reference).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
