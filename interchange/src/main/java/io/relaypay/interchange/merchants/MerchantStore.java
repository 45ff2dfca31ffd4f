package io.relaypay.interchange.merchants;

import java.util.List;
import java.util.Optional;

/** Where merchants and their keys are kept. */
public interface MerchantStore {

    /** Stores a new merchant with its sealed webhook secret. */
    void insert(Merchant merchant, String sealedWebhookSecret);

    /** A merchant by id. */
    Optional<Merchant> find(String merchantId);

    /** All merchants, oldest first. */
    List<Merchant> list();

    /**
     * The sealed webhook secrets of a merchant that sign events at {@code now}: the current one
     * first, then the one it replaced while that is still within its overlap. Empty for an unknown
     * merchant.
     */
    List<String> sealedWebhookSecrets(String merchantId, java.time.Instant now);

    /**
     * Makes {@code sealedSecret} the merchant's webhook secret in one statement; the one it replaces
     * keeps signing until {@code previousUntil} (not at all when empty). False for an unknown merchant.
     */
    boolean replaceWebhookSecret(String merchantId, String sealedSecret, Optional<java.time.Instant> previousUntil);

    /** Stores a new key by the hash of its secret. */
    void insertKey(ApiKey key, String secretHash);

    /** The key whose secret hashes to {@code secretHash}. */
    Optional<ApiKey> keyBySecretHash(String secretHash);

    /** A merchant's keys, oldest first. */
    List<ApiKey> keys(String merchantId);

    /** Marks a key revoked; false when there is no such live key of that merchant. */
    boolean revokeKey(String merchantId, String keyId, java.time.Instant at);
}
