package io.relaypay.interchange.funds;

import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.TransferId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Ledger ids derived from what they stand for instead of drawn at random: the transfer that holds a
 * payment's money is always the same id, so a retry (the janitor's, or a second confirmation)
 * resubmits that transfer and the ledger answers {@code exists} instead of moving money twice; two
 * nodes opening the same account at once create one account.
 *
 * <p>The id is the first 128 bits of SHA-256 over a name, with the RFC 9562 version 8 (custom) and
 * variant bits set.
 */
public final class LedgerIds {

    private LedgerIds() {}

    /** The transfer that performs {@code step} of the object {@code objectId} (a payment, a refund…). */
    public static TransferId transfer(String objectId, String step) {
        return new TransferId(uuid("relaypay/transfer/" + objectId + "/" + step));
    }

    /** The account of {@code account} in {@code currency} and mode. */
    public static AccountId account(BookAccount account, String currency, boolean livemode) {
        return new AccountId(uuid("relaypay/account/" + account.owner() + "/" + account.purpose() + "/" + currency + "/"
                + (livemode ? "live" : "test")));
    }

    private static UUID uuid(String name) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        ByteBuffer bytes = ByteBuffer.wrap(hash);
        long high = (bytes.getLong() & ~0xF000L) | 0x8000L;
        long low = (bytes.getLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
