package io.relaypay.sdk.agent;

import io.relaypay.sdk.agent.AgentTokenException.Reason;
import io.relaypay.sdk.jose.EcKeys;
import io.relaypay.sdk.jose.KeyResolver;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

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
        try {
            JsonNode list = Claims.JSON.readTree(json).get("keys");
            if (list == null || !list.isArray()) {
                throw new AgentTokenException(Reason.CLAIMS_INVALID, "receipt keys document has no keys array");
            }
            Map<String, PublicKey> keys = new LinkedHashMap<>();
            for (JsonNode entry : list) {
                JsonNode kid = entry.get("kid");
                JsonNode key = entry.get("public_key");
                if (kid == null || !kid.isString() || key == null || !key.isString()) {
                    throw new AgentTokenException(Reason.CLAIMS_INVALID, "receipt key entry lacks kid or public_key");
                }
                keys.put(kid.asString(), EcKeys.decodePublic(key.asString()));
            }
            return new ReceiptKeys(keys);
        } catch (JacksonException e) {
            throw new AgentTokenException(Reason.CLAIMS_INVALID, "receipt keys document is not JSON", e);
        }
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
