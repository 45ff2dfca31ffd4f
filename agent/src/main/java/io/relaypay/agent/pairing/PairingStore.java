package io.relaypay.agent.pairing;

import io.relaypay.agent.device.PrivateFiles;
import io.relaypay.sdk.json.JsonArray;
import io.relaypay.sdk.json.JsonException;
import io.relaypay.sdk.json.JsonObject;
import io.relaypay.sdk.json.JsonParser;
import io.relaypay.sdk.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Pairing tokens of native apps, in {@code pairings.json} (0600): only their SHA-256 is stored, so
 * the file does not hand out working tokens; the app gets its token once, when the user approves.
 */
public final class PairingStore {

    private static final String PREFIX = "rpa_";
    private final Path file;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** Keeps the pairings in {@code dir}. */
    public PairingStore(Path dir, Clock clock) {
        this.file = dir.resolve("pairings.json");
        this.clock = clock;
    }

    /** Pairs {@code appName} and returns its new token (the only time it is seen in clear). */
    public synchronized String pair(String appName) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        List<JsonValue> pairings = new ArrayList<>(read());
        pairings.add(JsonObject.builder()
                .put("app_name", appName)
                .put("token_sha256", sha256(token))
                .put("created", clock.instant().getEpochSecond())
                .build());
        try {
            PrivateFiles.write(file, new JsonArray(pairings).toJsonBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the pairing in " + file, e);
        }
        return token;
    }

    /** The app a bearer token was given to, if it is one of ours. */
    public synchronized Optional<String> appFor(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        byte[] hash = sha256(token).getBytes(StandardCharsets.US_ASCII);
        for (JsonValue entry : read()) {
            if (entry instanceof JsonObject pairing) {
                byte[] stored = pairing.string("token_sha256").orElse("").getBytes(StandardCharsets.US_ASCII);
                if (MessageDigest.isEqual(hash, stored)) {
                    return pairing.string("app_name");
                }
            }
        }
        return Optional.empty();
    }

    private List<JsonValue> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            if (JsonParser.parse(Files.readAllBytes(file)) instanceof JsonArray pairings) {
                return pairings.values();
            }
            throw new IllegalStateException(file + " is not a JSON array");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (JsonException e) {
            throw new IllegalStateException(file + " is damaged: " + e.getMessage(), e);
        }
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
