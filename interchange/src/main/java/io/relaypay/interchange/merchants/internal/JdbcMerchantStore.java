package io.relaypay.interchange.merchants.internal;

import io.relaypay.interchange.merchants.ApiKey;
import io.relaypay.interchange.merchants.FeeTerms;
import io.relaypay.interchange.merchants.Merchant;
import io.relaypay.interchange.merchants.MerchantStore;
import io.relaypay.interchange.persistence.SqlTime;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Merchants and keys in the {@code merchants} and {@code api_keys} tables. */
public final class JdbcMerchantStore implements MerchantStore {

    private final JdbcClient jdbc;

    /** A store over {@code jdbc}. */
    public JdbcMerchantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Merchant merchant, String sealedWebhookSecret) {
        jdbc.sql("""
                INSERT INTO merchants (id, name, webhook_url, webhook_secret, fee_bps, fee_fixed_minor,
                                       allowed_countries, category, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        merchant.id(),
                        merchant.name(),
                        merchant.webhookUrl().map(URI::toString).orElse(null),
                        sealedWebhookSecret,
                        merchant.fees().basisPoints(),
                        merchant.fees().fixedMinor(),
                        String.join(
                                ",",
                                merchant.allowedCountries().stream().sorted().toList()),
                        merchant.category(),
                        SqlTime.of(merchant.createdAt()))
                .update();
    }

    @Override
    public Optional<Merchant> find(String merchantId) {
        return jdbc.sql("SELECT * FROM merchants WHERE id = ?")
                .param(merchantId)
                .query(JdbcMerchantStore::merchant)
                .optional();
    }

    @Override
    public List<Merchant> list() {
        return jdbc.sql("SELECT * FROM merchants ORDER BY created_at, id")
                .query(JdbcMerchantStore::merchant)
                .list();
    }

    @Override
    public List<String> sealedWebhookSecrets(String merchantId, Instant now) {
        return jdbc.sql("""
                SELECT webhook_secret, previous_webhook_secret, previous_webhook_secret_until
                FROM merchants WHERE id = ?""")
                .param(merchantId)
                .query((rs, row) -> {
                    List<String> secrets = new ArrayList<>();
                    Optional.ofNullable(rs.getString("webhook_secret")).ifPresent(secrets::add);
                    String previous = rs.getString("previous_webhook_secret");
                    Optional<Instant> until = SqlTime.readOptional(rs, "previous_webhook_secret_until");
                    if (previous != null && until.filter(now::isBefore).isPresent()) {
                        secrets.add(previous);
                    }
                    return List.copyOf(secrets);
                })
                .optional()
                .orElse(List.of());
    }

    @Override
    public boolean replaceWebhookSecret(String merchantId, String sealedSecret, Optional<Instant> previousUntil) {
        // One UPDATE reads the old secret and writes the new: two rotations at once cannot both keep
        // the same previous secret or lose the current one.
        if (previousUntil.isEmpty()) {
            return jdbc.sql("""
                            UPDATE merchants
                            SET previous_webhook_secret = NULL, previous_webhook_secret_until = NULL,
                                webhook_secret = ?
                            WHERE id = ?""").params(sealedSecret, merchantId).update() == 1;
        }
        return jdbc.sql("""
                        UPDATE merchants
                        SET previous_webhook_secret = webhook_secret, previous_webhook_secret_until = ?,
                            webhook_secret = ?
                        WHERE id = ?""")
                        .params(SqlTime.of(previousUntil.get()), sealedSecret, merchantId)
                        .update()
                == 1;
    }

    @Override
    public void insertKey(ApiKey key, String secretHash) {
        jdbc.sql("""
                INSERT INTO api_keys (id, merchant_id, livemode, secret_hash, hint, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(key.id(), key.merchantId(), key.livemode(), secretHash, key.hint(), SqlTime.of(key.createdAt()))
                .update();
    }

    @Override
    public Optional<ApiKey> keyBySecretHash(String secretHash) {
        return jdbc.sql("SELECT * FROM api_keys WHERE secret_hash = ?")
                .param(secretHash)
                .query(JdbcMerchantStore::key)
                .optional();
    }

    @Override
    public List<ApiKey> keys(String merchantId) {
        return jdbc.sql("SELECT * FROM api_keys WHERE merchant_id = ? ORDER BY created_at, id")
                .param(merchantId)
                .query(JdbcMerchantStore::key)
                .list();
    }

    @Override
    public boolean revokeKey(String merchantId, String keyId, Instant at) {
        return jdbc.sql("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND merchant_id = ? AND revoked_at IS NULL")
                        .params(SqlTime.of(at), keyId, merchantId)
                        .update()
                == 1;
    }

    private static Merchant merchant(ResultSet rs, int row) throws SQLException {
        String countries = rs.getString("allowed_countries");
        Set<String> allowed = countries.isEmpty()
                ? Set.of()
                : Arrays.stream(countries.split(",")).collect(Collectors.toUnmodifiableSet());
        return new Merchant(
                rs.getString("id"),
                rs.getString("name"),
                Optional.ofNullable(rs.getString("webhook_url")).map(URI::create),
                new FeeTerms(rs.getInt("fee_bps"), rs.getLong("fee_fixed_minor")),
                allowed,
                rs.getString("category"),
                SqlTime.read(rs, "created_at"));
    }

    private static ApiKey key(ResultSet rs, int row) throws SQLException {
        return new ApiKey(
                rs.getString("id"),
                rs.getString("merchant_id"),
                rs.getBoolean("livemode"),
                rs.getString("hint"),
                SqlTime.read(rs, "created_at"),
                SqlTime.readOptional(rs, "revoked_at"));
    }
}
