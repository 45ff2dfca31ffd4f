package io.relaypay.interchange.idempotency;

import io.relaypay.interchange.persistence.SqlTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Idempotency keys in the {@code idempotency_keys} table. The primary key makes the claim atomic:
 * of two concurrent requests with one key, exactly one inserts the row and runs.
 */
public final class IdempotencyStore {

    /** How long a key and its response are kept. */
    public static final Duration RETENTION = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;

    /** A store over {@code jdbc}. */
    public IdempotencyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims {@code key} for the request with fingerprint {@code requestHash}. */
    public KeyClaim claim(String merchantId, boolean livemode, String key, String requestHash) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                jdbc.sql("""
                        INSERT INTO idempotency_keys (merchant_id, livemode, idempotency_key, request_hash, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                        .params(merchantId, livemode, key, requestHash, SqlTime.of(clock.instant()))
                        .update();
                return new KeyClaim.Claimed();
            } catch (DuplicateKeyException taken) {
                Optional<KeyClaim> existing = existing(merchantId, livemode, key, requestHash);
                if (existing.isPresent()) {
                    return existing.get();
                }
                // The old row had expired and is gone now: try to claim again.
            }
        }
        return new KeyClaim.InUse();
    }

    private Optional<KeyClaim> existing(String merchantId, boolean livemode, String key, String requestHash) {
        Instant expiredBefore = clock.instant().minus(RETENTION);
        return jdbc.sql("""
                SELECT request_hash, status, content_type, response_body, created_at FROM idempotency_keys
                WHERE merchant_id = ? AND livemode = ? AND idempotency_key = ?""")
                .params(merchantId, livemode, key)
                .query((rs, row) -> {
                    if (SqlTime.read(rs, "created_at").isBefore(expiredBefore)) {
                        release(merchantId, livemode, key);
                        return Optional.<KeyClaim>empty();
                    }
                    if (!rs.getString("request_hash").equals(requestHash)) {
                        return Optional.<KeyClaim>of(new KeyClaim.Reused());
                    }
                    int status = rs.getInt("status");
                    if (rs.wasNull()) {
                        return Optional.<KeyClaim>of(new KeyClaim.InUse());
                    }
                    return Optional.<KeyClaim>of(new KeyClaim.Replay(
                            new StoredResponse(status, rs.getString("content_type"), rs.getString("response_body"))));
                })
                .optional()
                .orElse(Optional.empty());
    }

    /** Records the response of the request that claimed the key. */
    public void complete(String merchantId, boolean livemode, String key, StoredResponse response) {
        jdbc.sql("""
                UPDATE idempotency_keys SET status = ?, content_type = ?, response_body = ?
                WHERE merchant_id = ? AND livemode = ? AND idempotency_key = ?""")
                .params(response.status(), response.contentType(), response.body(), merchantId, livemode, key)
                .update();
    }

    /** Frees a key whose request failed on our side, so the client may retry with it. */
    public void release(String merchantId, boolean livemode, String key) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE merchant_id = ? AND livemode = ? AND idempotency_key = ?")
                .params(merchantId, livemode, key)
                .update();
    }

    /** Deletes keys past retention; returns how many. */
    public int purgeExpired() {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < ?")
                .param(SqlTime.of(clock.instant().minus(RETENTION)))
                .update();
    }
}
