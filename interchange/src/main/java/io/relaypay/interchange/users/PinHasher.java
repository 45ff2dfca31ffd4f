package io.relaypay.interchange.users;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow salted PIN hashes: PBKDF2-HMAC-SHA256 (JDK only), a random 16-byte salt per hash, encoded as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (base64) so the work factor can be raised later:
 * a hash made with fewer iterations still verifies and {@link #outdated} says to re-hash it. A PIN
 * has at most 10^8 values, so the work factor, the lockout and the database's protection carry the
 * weight together; OWASP's 2023 floor for this function is 600,000, ours defaults to 310,000.
 */
public final class PinHasher {

    /** The fewest iterations a new hash may use. */
    public static final int MIN_ITERATIONS = 310_000;

    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    /** Hashes with {@code iterations} rounds, at least {@link #MIN_ITERATIONS}. */
    public PinHasher(int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("PIN hashing needs at least " + MIN_ITERATIONS + " iterations");
        }
        this.iterations = iterations;
    }

    /** The encoded hash of {@code pin} under a fresh salt. */
    public String hash(Pin pin) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(pin.digits(), salt, iterations));
    }

    /** Whether {@code pin} is the one {@code encoded} was made from; false for a malformed hash. */
    public boolean matches(Pin pin, String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int rounds = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (rounds < 1) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(pin.digits(), salt, rounds));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Whether {@code encoded} was made with fewer iterations than this hasher uses now. */
    public boolean outdated(String encoded) {
        String[] parts = encoded.split("\\$");
        try {
            return parts.length != 4 || Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static byte[] derive(char[] digits, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(digits, salt, rounds, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
