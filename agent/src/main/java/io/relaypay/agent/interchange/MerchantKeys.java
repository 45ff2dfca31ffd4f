package io.relaypay.agent.interchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Merchant keys from the interchange, kept briefly so a preflight and the request after it cost one
 * lookup. Ids are checked for shape first, so a page cannot make the agent ask for arbitrary paths;
 * the cache is bounded, so it cannot make it remember arbitrary ids either.
 */
public final class MerchantKeys {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final int MAX_ENTRIES = 256;

    private record Cached(MerchantKey key, Instant until) {}

    private final InterchangeClient interchange;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** Looks keys up at {@code interchange}, keeping each for {@code ttl}. */
    public MerchantKeys(InterchangeClient interchange, Clock clock, Duration ttl) {
        this.interchange = interchange;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Whether {@code id} has the shape of a merchant or key id. */
    public static boolean wellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * The merchant's key {@code kid}.
     *
     * @throws InterchangeProblem when the interchange does not know it or cannot be reached
     */
    public MerchantKey find(String merchant, String kid) {
        if (!wellFormed(merchant) || !wellFormed(kid)) {
            throw new InterchangeProblem(404, "about:blank", "Not found", java.util.Optional.empty());
        }
        String id = merchant + "/" + kid;
        Instant now = clock.instant();
        Cached cached = cache.get(id);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.key();
        }
        MerchantKey key = interchange.merchantKey(merchant, kid);
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(id, new Cached(key, now.plus(ttl)));
        return key;
    }
}
