package io.relaypay.simulator.processor.http;

import io.relaypay.simulator.processor.ProcessorException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} on POSTs: the first answer under a key (per path) is kept and given
 * again for the same body; another body under the same key is refused. Requests with the same key
 * run one at a time, so a retry racing the original waits for its answer.
 */
final class Idempotency {

    /** A kept answer. */
    record Kept(byte[] bodyHash, Reply reply) {}

    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /**
     * The answer to a POST: {@code action}'s, or the kept one with {@code replayed} set.
     *
     * @param key the {@code Idempotency-Key}, empty when the client sent none
     */
    Reply run(String path, Optional<String> key, byte[] body, Supplier<Reply> action) {
        if (key.isEmpty()) {
            return action.get();
        }
        String slot = path + "\n" + key.get();
        byte[] hash = sha256(body);
        synchronized (locks.computeIfAbsent(slot, s -> new Object())) {
            Kept earlier = kept.get(slot);
            if (earlier != null) {
                if (!MessageDigest.isEqual(earlier.bodyHash(), hash)) {
                    throw new ProcessorException(
                            409, "idempotency-key-reused", "the key was used with another request body");
                }
                return earlier.reply().replay();
            }
            Reply reply = action.get();
            kept.put(slot, new Kept(hash, reply));
            return reply;
        }
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
