package io.relaypay.interchange.agent;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.merchants.Caller;
import io.relaypay.sdk.jose.EcKeys;
import io.relaypay.sdk.jose.JoseException;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Merchants' agent keys: register with allowed origins, list, revoke, and resolve a token's kid. */
public final class AgentKeys {

    /** Most active keys a merchant may hold per mode; rotation needs two. */
    public static final int MAX_ACTIVE = 10;

    private final AgentKeyStore store;
    private final Ids ids;
    private final Clock clock;

    /** Keys in {@code store}. */
    public AgentKeys(AgentKeyStore store, Ids ids, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Registers the caller's public key for {@code origins}. */
    public AgentKey register(Caller caller, String publicKey, List<String> origins) {
        if (publicKey == null || publicKey.isEmpty()) {
            throw ApiException.invalid("public_key", "public_key is required");
        }
        try {
            EcKeys.decodePublic(publicKey);
        } catch (JoseException e) {
            throw ApiException.invalid(
                    "public_key", "public_key must be base64url of an EC P-256 SubjectPublicKeyInfo (DER)");
        }
        List<String> valid = Origins.validate(origins);
        if (list(caller).stream().filter(AgentKey::active).count() >= MAX_ACTIVE) {
            throw ApiException.invalid("public_key", "at most " + MAX_ACTIVE + " active agent keys; revoke one first");
        }
        AgentKey key = new AgentKey(
                ids.next("akey"),
                caller.merchantId(),
                caller.livemode(),
                publicKey,
                valid,
                clock.instant(),
                Optional.empty());
        store.insert(key);
        return key;
    }

    /** The caller's keys, newest first. */
    public List<AgentKey> list(Caller caller) {
        return store.list(caller.merchantId(), caller.livemode());
    }

    /** Revokes the caller's key; revoking twice is harmless. */
    public AgentKey revoke(Caller caller, String id) {
        AgentKey key = store.find(id)
                .filter(k -> k.merchantId().equals(caller.merchantId()) && k.livemode() == caller.livemode())
                .orElseThrow(() -> ApiException.notFound("agent key", id));
        if (key.active()) {
            store.revoke(id, clock.instant());
        }
        return store.find(id).orElseThrow();
    }

    /** An active key by id, for anyone (the agent checks tokens before prompting). */
    public Optional<AgentKey> findActive(String id) {
        return store.find(id).filter(AgentKey::active);
    }

    /** The public key of an active agent key. */
    public Optional<PublicKey> publicKey(String id) {
        return findActive(id).map(k -> EcKeys.decodePublic(k.publicKey()));
    }
}
