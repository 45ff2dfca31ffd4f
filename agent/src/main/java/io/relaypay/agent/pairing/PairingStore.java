package io.relaypay.agent.pairing;

import io.relaypay.agent.device.PrivateFiles;
import io.relaypay.agent.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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
        ArrayNode pairings = read();
        ObjectNode pairing = pairings.addObject();
        pairing.put("app_name", appName);
        pairing.put("token_sha256", sha256(token));
        pairing.put("created", clock.instant().getEpochSecond());
        try {
            PrivateFiles.write(file, Json.MAPPER.writeValueAsBytes(pairings));
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
        for (JsonNode pairing : read()) {
            byte[] stored = pairing.get("token_sha256").asString().getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(hash, stored)) {
                return Optional.of(pairing.get("app_name").asString());
            }
        }
        return Optional.empty();
    }

    private ArrayNode read() {
        if (!Files.isRegularFile(file)) {
            return Json.MAPPER.createArrayNode();
        }
        try {
            return (ArrayNode) Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
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
