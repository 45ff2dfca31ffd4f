package io.relaypay.agent.interchange;

import io.relaypay.agent.device.Device;
import io.relaypay.sdk.json.JsonArray;
import io.relaypay.sdk.json.JsonException;
import io.relaypay.sdk.json.JsonObject;
import io.relaypay.sdk.json.JsonString;
import io.relaypay.sdk.json.JsonValue;
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
        JsonObject key =
                send("GET", "/agent/v1/keys/" + segment(merchant) + "/" + segment(kid), null, Optional.empty());
        Set<String> origins = new LinkedHashSet<>();
        for (JsonValue origin :
                key.array("allowed_origins").map(JsonArray::values).orElse(List.of())) {
            if (origin instanceof JsonString(String text)) {
                origins.add(text);
            }
        }
        return new MerchantKey(
                text(key, "merchant"), text(key, "merchant_name"), kid, publicKey(text(key, "public_key")), origins);
    }

    /** The key PINs are sealed to, fetched again every ten minutes so a rotation reaches the agent. */
    public synchronized ServerKey serverKey() {
        if (serverKey == null || !clock.instant().isBefore(serverKeyUntil)) {
            JsonObject key = send("GET", "/agent/v1/server_key", null, Optional.empty());
            serverKey = new ServerKey(text(key, "kid"), publicKey(text(key, "public_key")));
            serverKeyUntil = clock.instant().plus(SERVER_KEY_TTL);
        }
        return serverKey;
    }

    /** Asks the interchange to text a code to {@code phoneNumber}. */
    public Enrollment startEnrollment(String phoneNumber) {
        JsonObject body = JsonObject.builder().put("phone_number", phoneNumber).build();
        JsonObject answer = send("POST", "/agent/v1/enrollments", body, Optional.empty());
        return new Enrollment(text(answer, "id"), answer.integer("expires_at").orElse(0));
    }

    /** Confirms an enrollment with the code and registers the device key; returns the device id. */
    public String confirmEnrollment(String enrollment, String code, String devicePublicKey, String deviceName) {
        JsonObject body = JsonObject.builder()
                .put("code", code)
                .put("device_public_key", devicePublicKey)
                .put("device_name", deviceName)
                .put(
                        "platform",
                        io.relaypay.agent.install.Platform.of(System.getProperty("os.name", ""))
                                .name()
                                .toLowerCase(java.util.Locale.ROOT))
                .build();
        JsonObject answer =
                send("POST", "/agent/v1/enrollments/" + segment(enrollment) + "/confirm", body, Optional.empty());
        return text(answer, "device");
    }

    /** Pays with {@code token}, the PIN sealed in {@code sealedPin}. */
    public PaymentAnswer pay(Device device, String token, JsonObject sealedPin) {
        JsonObject body =
                JsonObject.builder().put("token", token).put("pin", sealedPin).build();
        // 202 "processing": funding waits for the carrier; the same request again is idempotent.
        for (int attempt = 0; ; attempt++) {
            JsonObject answer;
            try {
                answer = send("POST", "/agent/v1/payments", body, Optional.of(device));
            } catch (InterchangeProblem e) {
                if (e.status() == 402 && e.receipt().isPresent() && e.payment().isPresent()) {
                    return new PaymentAnswer(
                            e.payment().get(), "failed", e.receipt().get());
                }
                throw e;
            }
            if (answer.string("receipt").isPresent() || attempt >= PROCESSING_POLLS) {
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
    public JsonObject device(Device device) {
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
        JsonObject body = JsonObject.builder().put("wait", waitSeconds).build();
        JsonObject answer = send("POST", "/agent/v1/messages/fetch", body, Optional.of(device));
        List<AgentMessage> messages = new ArrayList<>();
        for (JsonValue message : answer.array("data").map(JsonArray::values).orElse(List.of())) {
            if (!(message instanceof JsonObject fields)) {
                throw unreadable("a message is not an object");
            }
            messages.add(new AgentMessage(text(fields, "id"), text(fields, "text")));
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

    private JsonObject send(String method, String path, JsonObject body, Optional<Device> signer) {
        byte[] bytes = body == null ? new byte[0] : body.toJsonBytes();
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
        JsonObject answer = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            throw new InterchangeProblem(
                    response.statusCode(),
                    answer.string("type").orElse("about:blank"),
                    answer.string("title").orElse("Error"),
                    answer.string("detail"),
                    answer.string("payment"),
                    answer.string("receipt"));
        }
        return answer;
    }

    private static JsonObject parse(byte[] body) {
        if (body.length == 0) {
            return JsonObject.builder().build();
        }
        try {
            return JsonObject.parse(body);
        } catch (JsonException e) {
            throw new InterchangeProblem(502, "about:blank", "Unreadable answer", Optional.empty());
        }
    }

    private static String text(JsonObject node, String field) {
        return node.string(field).orElseThrow(() -> unreadable("the interchange sent no " + field));
    }

    private static InterchangeProblem unreadable(String detail) {
        return new InterchangeProblem(502, "about:blank", "Unreadable answer", Optional.of(detail));
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
