package io.relaypay.agent.interchange;

import io.relaypay.agent.device.Device;
import io.relaypay.agent.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The interchange's {@code /agent/v1} API over HTTP. Calls after enrollment are device-signed:
 * {@code Relaypay-Device} and {@code Relaypay-Device-Signature} over the exact bytes sent.
 */
public final class InterchangeClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static final Duration SERVER_KEY_TTL = Duration.ofMinutes(10);

    private final URI base;
    private final Clock clock;
    private HttpClient http;
    private ServerKey serverKey;
    private java.time.Instant serverKeyUntil = java.time.Instant.MIN;

    /** Talks to the interchange at {@code base}. */
    public InterchangeClient(URI base, Clock clock) {
        this.base = base;
        this.clock = clock;
    }

    /** Made on first use: building a client starts its selector thread, which the agent's start need not wait for. */
    private synchronized HttpClient http() {
        if (http == null) {
            http = InterchangeHttp.builder(base)
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return http;
    }

    /** The interchange's base URL. */
    public URI base() {
        return base;
    }

    /** The merchant's token key {@code kid}, with its name and allowed origins. */
    public MerchantKey merchantKey(String merchant, String kid) {
        JsonNode key = send("GET", "/agent/v1/keys/" + segment(merchant) + "/" + segment(kid), null, Optional.empty());
        Set<String> origins = new LinkedHashSet<>();
        JsonNode allowed = key.get("allowed_origins");
        if (allowed != null && allowed.isArray()) {
            allowed.forEach(o -> origins.add(o.asString()));
        }
        return new MerchantKey(
                text(key, "merchant"), text(key, "merchant_name"), kid, publicKey(text(key, "public_key")), origins);
    }

    /** The key PINs are sealed to, fetched again every ten minutes so a rotation reaches the agent. */
    public synchronized ServerKey serverKey() {
        if (serverKey == null || !clock.instant().isBefore(serverKeyUntil)) {
            JsonNode key = send("GET", "/agent/v1/server_key", null, Optional.empty());
            serverKey = new ServerKey(text(key, "kid"), publicKey(text(key, "public_key")));
            serverKeyUntil = clock.instant().plus(SERVER_KEY_TTL);
        }
        return serverKey;
    }

    /** Asks the interchange to text a code to {@code phoneNumber}. */
    public Enrollment startEnrollment(String phoneNumber) {
        ObjectNode body = Json.object();
        body.put("phone_number", phoneNumber);
        JsonNode answer = send("POST", "/agent/v1/enrollments", body, Optional.empty());
        return new Enrollment(text(answer, "id"), answer.path("expires_at").asLong());
    }

    /** Confirms an enrollment with the code and registers the device key; returns the device id. */
    public String confirmEnrollment(String enrollment, String code, String devicePublicKey, String deviceName) {
        ObjectNode body = Json.object();
        body.put("code", code);
        body.put("device_public_key", devicePublicKey);
        body.put("device_name", deviceName);
        body.put(
                "platform",
                io.relaypay.agent.install.Platform.of(System.getProperty("os.name", ""))
                        .name()
                        .toLowerCase(java.util.Locale.ROOT));
        JsonNode answer =
                send("POST", "/agent/v1/enrollments/" + segment(enrollment) + "/confirm", body, Optional.empty());
        return text(answer, "device");
    }

    /** Pays with {@code token}, the PIN sealed in {@code sealedPin}. */
    public PaymentAnswer pay(Device device, String token, JsonNode sealedPin) {
        ObjectNode body = Json.object();
        body.put("token", token);
        body.set("pin", sealedPin);
        // 202 "processing": funding waits for the carrier; the same request again is idempotent.
        for (int attempt = 0; ; attempt++) {
            JsonNode answer;
            try {
                answer = send("POST", "/agent/v1/payments", body, Optional.of(device));
            } catch (InterchangeProblem e) {
                if (e.status() == 402 && e.receipt().isPresent() && e.payment().isPresent()) {
                    return new PaymentAnswer(
                            e.payment().get(), "failed", e.receipt().get());
                }
                throw e;
            }
            if (answer.hasNonNull("receipt") || attempt >= PROCESSING_POLLS) {
                return new PaymentAnswer(text(answer, "payment"), text(answer, "status"), text(answer, "receipt"));
            }
            try {
                Thread.sleep(PROCESSING_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterchangeProblem(502, "about:blank", "Interrupted", Optional.empty());
            }
        }
    }

    private static final int PROCESSING_POLLS = 60;
    private static final Duration PROCESSING_WAIT = Duration.ofSeconds(1);

    /** The device as the interchange knows it. */
    public JsonNode device(Device device) {
        return send("GET", "/agent/v1/devices/self", null, Optional.of(device));
    }

    /** Revokes the device at the interchange. */
    public void revoke(Device device) {
        send("DELETE", "/agent/v1/devices/self", null, Optional.of(device));
    }

    /**
     * The device's messages waiting at the interchange (confirmation codes and notices sent over the
     * agent route), oldest first; with none waiting, the interchange holds the answer up to
     * {@code waitSeconds} for one. Taking them marks them delivered there.
     */
    public List<AgentMessage> fetchMessages(Device device, int waitSeconds) {
        if (waitSeconds < 0 || waitSeconds >= TIMEOUT.toSeconds()) {
            throw new IllegalArgumentException("wait must be 0 to " + (TIMEOUT.toSeconds() - 1) + " seconds");
        }
        ObjectNode body = Json.object();
        body.put("wait", waitSeconds);
        JsonNode answer = send("POST", "/agent/v1/messages/fetch", body, Optional.of(device));
        List<AgentMessage> messages = new ArrayList<>();
        for (JsonNode message : answer.path("data")) {
            messages.add(new AgentMessage(text(message, "id"), text(message, "text")));
        }
        return List.copyOf(messages);
    }

    /** Decodes a base64url X.509 SPKI P-256 public key. */
    public static PublicKey publicKey(String base64url) {
        try {
            return KeyFactory.getInstance("EC")
                    .generatePublic(
                            new X509EncodedKeySpec(Base64.getUrlDecoder().decode(base64url)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InterchangeProblem(502, "about:blank", "Unreadable key", Optional.of("a key is not P-256 SPKI"));
        }
    }

    /** Encodes a public key as base64url X.509 SPKI. */
    public static String encode(PublicKey key) {
        return io.relaypay.sdk.jose.EcKeys.encodePublic(key);
    }

    private JsonNode send(String method, String path, JsonNode body, Optional<Device> signer) {
        byte[] bytes = body == null ? new byte[0] : Json.MAPPER.writeValueAsBytes(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        signer.ifPresent(device -> request.header("Relaypay-Device", device.id())
                .header("Relaypay-Device-Signature", device.signature(clock.instant(), method, path, bytes)));
        HttpResponse<byte[]> response;
        try {
            response = http().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new InterchangeProblem(
                    502, "about:blank", "Interchange unavailable", Optional.of("cannot reach the interchange"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterchangeProblem(502, "about:blank", "Interrupted", Optional.empty());
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            throw new InterchangeProblem(
                    response.statusCode(),
                    answer.path("type").asString("about:blank"),
                    answer.path("title").asString("Error"),
                    Optional.ofNullable(answer.get("detail")).map(JsonNode::asString),
                    Optional.ofNullable(answer.get("payment")).map(JsonNode::asString),
                    Optional.ofNullable(answer.get("receipt")).map(JsonNode::asString));
        }
        return answer;
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return Json.object();
        }
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            return node == null ? Json.object() : node;
        } catch (JacksonException e) {
            throw new InterchangeProblem(502, "about:blank", "Unreadable answer", Optional.empty());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new InterchangeProblem(
                    502, "about:blank", "Unreadable answer", Optional.of("the interchange sent no " + field));
        }
        return value.asString();
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
