package io.relaypay.agent.device;

import io.relaypay.sdk.json.JsonException;
import io.relaypay.sdk.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The device's files in the user's config dir, each 0600 in a 0700 directory: {@code device.p12}
 * (PKCS#12 with the private key), {@code device.secret} (the keystore's random password) and {@code
 * device.json} (device id, phone, interchange). Another user cannot read the keystore; a process of
 * the same user could, which is why the PIN, not the key alone, authorises a payment.
 */
public final class DeviceStore {

    static final String ALIAS = "device";
    private static final String KEYSTORE = "device.p12";
    private static final String SECRET = "device.secret";
    private static final String DEVICE = "device.json";

    private final Path dir;
    private final Clock clock;
    private Device cached;
    private java.nio.file.attribute.FileTime cachedStamp;

    /** Keeps the device in {@code dir}. */
    public DeviceStore(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /** The config dir. */
    public Path dir() {
        return dir;
    }

    /** A fresh EC P-256 key pair for enrollment; nothing is stored until {@link #save}. */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no EC P-256", e);
        }
    }

    /** Stores an enrolled device, replacing any earlier one. */
    public void save(String deviceId, String phoneNumber, URI interchange, KeyPair keys) {
        char[] password = null;
        try {
            PrivateFiles.directory(dir);
            password = password(true);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            Certificate certificate =
                    SelfSignedCertificate.of(keys, clock.instant().atZone(clock.getZone()));
            store.setKeyEntry(ALIAS, keys.getPrivate(), password, new Certificate[] {certificate});
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, password);
            PrivateFiles.write(dir.resolve(KEYSTORE), bytes.toByteArray());
            byte[] device = JsonObject.builder()
                    .put("device", deviceId)
                    .put("phone_number", phoneNumber)
                    .put("interchange_url", interchange.toString())
                    .put("enrolled_at", clock.instant().getEpochSecond())
                    .toJsonBytes();
            PrivateFiles.write(dir.resolve(DEVICE), device);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the device in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot store the device key", e);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * The enrolled device, if there is one. Opening the keystore costs tens of milliseconds (PKCS#12
     * derives its keys with 10,000 PBKDF2 rounds), so the device is kept in memory until the
     * keystore file changes.
     */
    public synchronized Optional<Device> load() {
        Path deviceFile = dir.resolve(DEVICE);
        Path keystore = dir.resolve(KEYSTORE);
        if (!Files.isRegularFile(deviceFile) || !Files.isRegularFile(keystore)) {
            cached = null;
            return Optional.empty();
        }
        char[] password = null;
        try {
            java.nio.file.attribute.FileTime stamp = Files.getLastModifiedTime(keystore);
            if (cached != null && stamp.equals(cachedStamp)) {
                return Optional.of(cached);
            }
            JsonObject device = JsonObject.parse(Files.readAllBytes(deviceFile));
            password = password(false);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(Files.readAllBytes(keystore)), password);
            PrivateKey key = (PrivateKey) store.getKey(ALIAS, password);
            Certificate certificate = store.getCertificate(ALIAS);
            cached = new Device(
                    stored(device, "device"),
                    stored(device, "phone_number"),
                    URI.create(stored(device, "interchange_url")),
                    key,
                    certificate.getPublicKey());
            cachedStamp = stamp;
            return Optional.of(cached);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the device in " + dir, e);
        } catch (JsonException e) {
            throw new IllegalStateException("the device file in " + dir + " is damaged: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the device keystore in " + dir, e);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** Forgets the device (after it was revoked at the interchange, or to enroll again). */
    public synchronized void delete() {
        cached = null;
        try {
            Files.deleteIfExists(dir.resolve(DEVICE));
            Files.deleteIfExists(dir.resolve(KEYSTORE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the device in " + dir, e);
        }
    }

    private static String stored(JsonObject device, String field) {
        return device.string(field).orElseThrow(() -> new IllegalStateException("the device file has no " + field));
    }

    private char[] password(boolean create) throws IOException {
        Path secret = dir.resolve(SECRET);
        if (!Files.isRegularFile(secret)) {
            if (!create) {
                throw new IOException("the keystore secret " + secret + " is missing");
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            PrivateFiles.write(
                    secret,
                    Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(random)
                            .getBytes(StandardCharsets.US_ASCII));
        }
        byte[] bytes = Files.readAllBytes(secret);
        CharBuffer chars = StandardCharsets.US_ASCII.decode(java.nio.ByteBuffer.wrap(bytes));
        Arrays.fill(bytes, (byte) 0);
        char[] password = new char[chars.remaining()];
        chars.get(password);
        return password;
    }
}
