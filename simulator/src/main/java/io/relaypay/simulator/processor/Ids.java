package io.relaypay.simulator.processor;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random prefixed ids and challenge codes. */
final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    static String next(String prefix) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return prefix + "_" + HexFormat.of().formatHex(bytes);
    }

    static String code() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
