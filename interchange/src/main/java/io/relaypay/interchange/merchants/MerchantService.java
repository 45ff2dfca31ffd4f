package io.relaypay.interchange.merchants;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Hashes;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.SecretBox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Creates merchants, issues and revokes their keys, and tells who an API key belongs to. */
public final class MerchantService {

    /** The longest a replaced webhook secret keeps signing (Stripe allows up to a week). */
    public static final Duration MAX_SECRET_OVERLAP = Duration.ofDays(7);

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

    /**
     * The merchant's webhook signing secrets in clear that sign events now: the current one first,
     * then the one it replaced while its overlap lasts. Empty when the merchant has none.
     */
    public List<String> webhookSecrets(String merchantId) {
        return store.sealedWebhookSecrets(merchantId, clock.instant()).stream()
                .map(secrets::open)
                .toList();
    }

    /**
     * A new webhook signing secret for the merchant, shown once (Stripe's "roll secret"). Events keep
     * a signature by the replaced secret as well for {@code overlap}, so the merchant can switch its
     * receiver without refusing deliveries; a zero overlap retires the old secret at once (a leak).
     *
     * @param overlap zero to {@link #MAX_SECRET_OVERLAP}
     */
    public RotatedSecret rotateWebhookSecret(String merchantId, Duration overlap) {
        Objects.requireNonNull(overlap, "overlap");
        if (overlap.isNegative() || overlap.compareTo(MAX_SECRET_OVERLAP) > 0) {
            throw ApiException.invalid(
                    "previous_secret_expires_in",
                    "previous_secret_expires_in is 0 to " + MAX_SECRET_OVERLAP.toSeconds() + " seconds");
        }
        String secret = "whsec_" + ids.secret(SECRET_LENGTH);
        Optional<Instant> previousUntil = overlap.isZero()
                ? Optional.empty()
                : Optional.of(clock.instant().plus(overlap));
        if (!store.replaceWebhookSecret(merchantId, secrets.seal(secret), previousUntil)) {
            throw ApiException.notFound("merchant", merchantId);
        }
        return new RotatedSecret(merchantId, secret, previousUntil);
    }

    /**
     * A merchant's new webhook secret.
     *
     * @param merchantId whose
     * @param webhookSecret {@code whsec_…}, shown only this once
     * @param previousUntil until when the replaced secret signs too; empty when it stopped at once
     */
    public record RotatedSecret(String merchantId, String webhookSecret, Optional<Instant> previousUntil) {}

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
