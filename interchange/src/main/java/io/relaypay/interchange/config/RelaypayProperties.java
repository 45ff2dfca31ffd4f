package io.relaypay.interchange.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code relaypay.*} setting of the server, each declared once with its default. Environment
 * variables bind by Spring's relaxed rules: {@code RELAYPAY_DB_URL} sets {@code relaypay.db.url}.
 *
 * @param publicUrl the address buyers' browsers reach this server at; checkout links start with it
 * @param dataDir where the embedded H2 database and the generated master key live
 * @param db the database; empty url means the embedded H2 file under {@code dataDir}
 * @param adminToken bearer token of the admin API; empty disables the admin API
 * @param masterKey base64 AES-256 key that encrypts secrets at rest; empty means a key generated
 *     once under {@code dataDir} (fine for the demo, not for production)
 * @param payments payment deadlines
 */
@ConfigurationProperties("relaypay")
public record RelaypayProperties(
        @DefaultValue("http://127.0.0.1:8080") URI publicUrl,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Db db,
        @DefaultValue("") String adminToken,
        @DefaultValue("") String masterKey,
        @DefaultValue Payments payments) {

    /**
     * Database connection.
     *
     * @param url JDBC URL; empty for the embedded H2 file database
     * @param user user name
     * @param password password
     * @param poolSize connections in the pool
     */
    public record Db(
            @DefaultValue("") String url,
            @DefaultValue("") String user,
            @DefaultValue("") String password,
            @DefaultValue("16") int poolSize) {

        /** The JDBC URL to use, the embedded H2 file under {@code dataDir} when none is set. */
        public String effectiveUrl(Path dataDir) {
            if (!url.isBlank()) {
                return url;
            }
            return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("relaypay")
                    + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE";
        }

        /** Whether the effective database is the embedded H2. */
        public boolean embedded() {
            return url.isBlank() || url.startsWith("jdbc:h2:");
        }
    }

    /**
     * Payment deadlines.
     *
     * @param expiry how long a new payment waits for the buyer before it expires
     * @param confirmationTtl how long a confirmation code stays valid
     * @param confirmationAttempts wrong codes accepted before the payment fails
     */
    public record Payments(
            @DefaultValue("15m") Duration expiry,
            @DefaultValue("10m") Duration confirmationTtl,
            @DefaultValue("5") int confirmationAttempts) {}
}
