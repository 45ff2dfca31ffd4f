package io.relaypay.interchange.merchants;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Hashes;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.SecretBox;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Creates merchants, issues and revokes their keys, and tells who an API key belongs to. */
public final class MerchantService {

    private static final int SECRET_LENGTH = 32;
    private final MerchantStore store;
    private final SecretBox secrets;
    private final Ids ids;
    private final Clock clock;

    /** A service over {@code store}, sealing webhook secrets with {@code secrets}. */
    public MerchantService(MerchantStore store, SecretBox secrets, Ids ids, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A created merchant and its webhook signing secret, shown once.
     *
     * @param merchant the merchant
     * @param webhookSecret {@code whsec_…}
     */
    public record Created(Merchant merchant, String webhookSecret) {}

    /** Creates a merchant with a fresh webhook signing secret. */
    public Created create(NewMerchant request) {
        Merchant merchant = new Merchant(
                ids.next("mer"),
                request.name(),
                request.webhookUrl(),
                request.fees(),
                request.allowedCountries(),
                request.category(),
                clock.instant());
        String webhookSecret = "whsec_" + ids.secret(SECRET_LENGTH);
        store.insert(merchant, secrets.seal(webhookSecret));
        return new Created(merchant, webhookSecret);
    }

    /** A merchant by id. */
    public Optional<Merchant> find(String merchantId) {
        return store.find(merchantId);
    }

    /** A merchant by id, or a not-found refusal. */
    public Merchant require(String merchantId) {
        return store.find(merchantId).orElseThrow(() -> ApiException.notFound("merchant", merchantId));
    }

    /** All merchants. */
    public List<Merchant> list() {
        return store.list();
    }

    /** The merchant's webhook signing secret in clear, for signing events. */
    public Optional<String> webhookSecret(String merchantId) {
        return store.sealedWebhookSecret(merchantId).map(secrets::open);
    }

    /** Issues a new key; its secret is in the result only. */
    public IssuedKey issueKey(String merchantId, boolean livemode) {
        require(merchantId);
        String secret = (livemode ? "sk_live_" : "sk_test_") + ids.secret(SECRET_LENGTH);
        ApiKey key = new ApiKey(
                ids.next("key"),
                merchantId,
                livemode,
                secret.substring(secret.length() - 4),
                clock.instant(),
                Optional.empty());
        store.insertKey(key, Hashes.sha256Hex(secret));
        return new IssuedKey(key, secret);
    }

    /** A merchant's keys (never their secrets). */
    public List<ApiKey> keys(String merchantId) {
        require(merchantId);
        return store.keys(merchantId);
    }

    /** Revokes a key at once; requests with it are refused from now on. */
    public void revokeKey(String merchantId, String keyId) {
        if (!store.revokeKey(merchantId, keyId, clock.instant())) {
            throw ApiException.notFound("active key", keyId);
        }
    }

    /**
     * Who holds {@code secret}: empty for unknown and revoked keys. API keys carry 190 random bits,
     * so a plain SHA-256 is a safe and fast lookup hash (a slow hash guards low-entropy PINs).
     */
    public Optional<Caller> authenticate(String secret) {
        if (secret == null || !(secret.startsWith("sk_test_") || secret.startsWith("sk_live_"))) {
            return Optional.empty();
        }
        return store.keyBySecretHash(Hashes.sha256Hex(secret))
                .filter(key -> key.revokedAt().isEmpty())
                .map(key -> new Caller(key.merchantId(), key.livemode()));
    }
}
