package io.relaypay.interchange.merchants;

/**
 * A freshly issued key with its secret, which is not stored and cannot be shown again.
 *
 * @param key the stored key
 * @param secret {@code sk_test_…} or {@code sk_live_…}
 */
public record IssuedKey(ApiKey key, String secret) {

    @Override
    public String toString() {
        return "IssuedKey[" + key.id() + ", secret=…" + key.hint() + "]";
    }
}
