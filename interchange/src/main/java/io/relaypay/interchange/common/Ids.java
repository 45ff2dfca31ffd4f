package io.relaypay.interchange.common;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * Makes prefixed object ids ({@code pay_…}, {@code re_…}) as merchants know them from Stripe: the
 * prefix says what the object is, the rest is a time-ordered 128-bit value (UUIDv7 layout) in
 * lower-case Crockford base 32, so ids sort by creation under any database collation (digits and
 * lower-case letters of one length order the same in C and linguistic collations).
 */
public final class Ids {

    private static final char[] CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private final Clock clock;
    private final SecureRandom random;

    /** Ids stamped with {@code clock}'s time. */
    public Ids(Clock clock) {
        this(clock, new SecureRandom());
    }

    Ids(Clock clock, SecureRandom random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A new id: {@code prefix}, an underscore, 26 base-32 characters. */
    public String next(String prefix) {
        long millis = clock.millis();
        long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return prefix + "_" + base32(high, low);
    }

    /** A random secret of {@code length} base-62 characters (about 5.95 bits each). */
    public String secret(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }

    private static String base32(long high, long low) {
        char[] out = new char[26];
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = CROCKFORD[(int) (low & 31)];
            low = (low >>> 5) | (high << 59);
            high >>>= 5;
        }
        return new String(out);
    }
}
