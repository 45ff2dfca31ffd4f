package io.relaypay.interchange.users;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a linked account is: where money comes from or goes to, or where the user is reached. */
public enum AccountKind {
    /** A bank account, known by its IBAN. */
    BANK,
    /** A payment card, known by the processor's token. */
    CARD,
    /** An account with a wallet provider. */
    WALLET,
    /** An email address. */
    EMAIL;

    /** The lower-case name used on the wire. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code wire}, if it is one. */
    public static Optional<AccountKind> ofWire(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(wire)).findFirst();
    }
}
