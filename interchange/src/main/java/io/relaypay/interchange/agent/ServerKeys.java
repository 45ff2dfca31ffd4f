package io.relaypay.interchange.agent;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.SecretBox;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.sdk.jose.EcKeys;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The interchange's receipt-signing and PIN-opening keys: generated on first use and stored with the
 * private half sealed under the master key. Rotating makes a new current key and retires the old;
 * retired receipt keys stay listed so receipts they signed still verify.
 */
public final class ServerKeys {

    /**
     * A usable key.
     *
     * @param kid its id
     * @param publicKey base64url SPKI
     * @param privateKey the opened private key
     */
    public record Current(String kid, String publicKey, PrivateKey privateKey) {}

    private final ServerKeyStore store;
    private final SecretBox secrets;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    /** Keys in {@code store}, private halves sealed by {@code secrets}. */
    public ServerKeys(ServerKeyStore store, SecretBox secrets, Transactions transactions, Ids ids, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The current key of {@code purpose}, made now if there is none. */
    public Current current(ServerKey.Purpose purpose) {
        ServerKey key = store.list(purpose).stream()
                .filter(k -> k.retiredAt().isEmpty())
                .findFirst()
                .orElseGet(() -> create(purpose));
        return open(key);
    }

    /** Makes a new current key of {@code purpose} and retires the others. */
    public Current rotate(ServerKey.Purpose purpose) {
        return open(create(purpose));
    }

    /** Every receipt key, current first: what {@code GET /v1/receipt_keys} lists. */
    public List<ServerKey> receiptKeys() {
        current(ServerKey.Purpose.RECEIPT);
        return store.list(ServerKey.Purpose.RECEIPT);
    }

    /** The PIN keys not yet retired, then the retired ones: a PIN sealed just before a rotation still opens. */
    public List<Current> pinKeys() {
        current(ServerKey.Purpose.PIN);
        return store.list(ServerKey.Purpose.PIN).stream().map(this::open).toList();
    }

    private ServerKey create(ServerKey.Purpose purpose) {
        KeyPair pair = EcKeys.generate();
        Instant now = clock.instant();
        ServerKey key = new ServerKey(
                ids.next(purpose == ServerKey.Purpose.RECEIPT ? "rk" : "pk"),
                purpose,
                EcKeys.encodePublic(pair.getPublic()),
                secrets.seal(Base64.getEncoder().encodeToString(EcKeys.encodePrivate(pair.getPrivate()))),
                now,
                java.util.Optional.empty());
        // Two nodes starting at once may each make one; the newest wins and the other is retired.
        return transactions.inTransaction(() -> {
            store.insert(key);
            store.retireAllBut(purpose, key.kid(), now);
            return key;
        });
    }

    private Current open(ServerKey key) {
        byte[] der = Base64.getDecoder().decode(secrets.open(key.sealedPrivateKey()));
        try {
            return new Current(key.kid(), key.publicKey(), EcKeys.decodePrivate(der));
        } finally {
            java.util.Arrays.fill(der, (byte) 0);
        }
    }
}
