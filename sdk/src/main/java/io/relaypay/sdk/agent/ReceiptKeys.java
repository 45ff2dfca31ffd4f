package io.relaypay.sdk.agent;

import io.relaypay.sdk.agent.AgentTokenException.Reason;
import io.relaypay.sdk.jose.EcKeys;
import io.relaypay.sdk.jose.KeyResolver;
import io.relaypay.sdk.json.JsonException;
import io.relaypay.sdk.json.JsonObject;
import io.relaypay.sdk.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The interchange's public receipt keys by kid, as {@code GET /v1/receipt_keys} lists them (old keys
 * stay listed after a rotation, so older receipts still verify). Fetch once and keep; fetch again when a
 * receipt names an unknown kid.
 */
public final class ReceiptKeys implements KeyResolver {

    private final Map<String, PublicKey> keys;

    private ReceiptKeys(Map<String, PublicKey> keys) {
        this.keys = Map.copyOf(keys);
    }

    /** The keys in a {@code {"keys":[{"kid":…,"public_key":…}]}} document. */
    public static ReceiptKeys parse(String json) {
        JsonObject document;
        try {
            document = JsonObject.parse(json);
        } catch (JsonException e) {
            throw new AgentTokenException(
                    Reason.CLAIMS_INVALID, "receipt keys document is not a JSON object: " + e.getMessage(), e);
        }
        List<JsonValue> list = document.array("keys")
                .orElseThrow(
                        () -> new AgentTokenException(Reason.CLAIMS_INVALID, "receipt keys document has no keys array"))
                .values();
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        for (JsonValue entry : list) {
            Optional<String> kid = entry instanceof JsonObject o ? o.string("kid") : Optional.empty();
            Optional<String> key = entry instanceof JsonObject o ? o.string("public_key") : Optional.empty();
            if (kid.isEmpty() || key.isEmpty()) {
                throw new AgentTokenException(Reason.CLAIMS_INVALID, "receipt key entry lacks kid or public_key");
            }
            keys.put(kid.get(), EcKeys.decodePublic(key.get()));
        }
        return new ReceiptKeys(keys);
    }

    /** The keys the interchange at {@code baseUrl} lists now. */
    public static ReceiptKeys fetch(URI baseUrl) throws IOException, InterruptedException {
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(baseUrl.resolve("/v1/receipt_keys"))
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("GET /v1/receipt_keys answered " + response.statusCode());
            }
            return parse(response.body());
        }
    }

    /** A resolver over exactly these keys (tests, or keys pinned in configuration). */
    public static ReceiptKeys of(Map<String, PublicKey> keys) {
        return new ReceiptKeys(keys);
    }

    @Override
    public Optional<PublicKey> resolve(String kid) {
        return Optional.ofNullable(keys.get(kid));
    }
}
