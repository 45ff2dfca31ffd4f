package io.relaypay.interchange.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.users.Pin;
import io.relaypay.interchange.users.PinHasher;
import io.relaypay.interchange.users.UserService;
import io.relaypay.interchange.users.internal.JdbcUserStore;
import io.relaypay.sdk.jose.Base64Url;
import io.relaypay.sdk.jose.EcKeys;
import io.relaypay.sdk.jose.Es256;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.ReceivedMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the agent API as an agent would: enrolls devices through the real SMS path (the code is read
 * from the simulator phone's inbox) and sends device-signed requests over HTTP.
 */
final class AgentFixture {

    static final Pattern CODE = Pattern.compile("Relaypay: (\\d{6}) is your code to connect the payment agent");
    private static final AtomicInteger NUMBERS = new AtomicInteger((int) (System.nanoTime() % 90_000));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunningInterchange server;
    private final CarrierNetwork network;
    private final Clock clock;
    private final HttpClient client = HttpClient.newHttpClient();

    AgentFixture(RunningInterchange server, CarrierNetwork network, Clock clock) {
        this.server = server;
        this.network = network;
        this.clock = clock;
    }

    /** An enrolled agent: its id, phone and key. */
    record TestDevice(String id, String phone, KeyPair key) {}

    /** A new northwind phone in the simulator. */
    String newPhone() {
        String phone = String.format("+4915177%06d", NUMBERS.incrementAndGet() % 1_000_000);
        network.addPhone(phone, "northwind");
        return phone;
    }

    /** Starts an enrollment and returns its id. */
    String startEnrollment(String phone) {
        Http.Response started = server.anonymous().post("/agent/v1/enrollments", Map.of("phone_number", phone));
        assertThat(started.status()).as(started.raw()).isEqualTo(201);
        return started.text("id");
    }

    /** The latest enrollment code the phone received by SMS. */
    String codeTexted(String phone, int expectedTexts) {
        await().atMost(Duration.ofSeconds(30)).until(() -> texts(phone).size() >= expectedTexts);
        Matcher m = CODE.matcher(texts(phone).getLast().text());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    List<ReceivedMessage> texts(String phone) {
        return network.phone(phone).inbox().stream()
                .filter(m -> CODE.matcher(m.text()).find())
                .toList();
    }

    /** Confirms an enrollment with {@code code} for a device key. */
    Http.Response confirm(String enrollment, String code, KeyPair device) {
        return server.anonymous()
                .post(
                        "/agent/v1/enrollments/" + enrollment + "/confirm",
                        Map.of(
                                "code",
                                code,
                                "device_public_key",
                                EcKeys.encodePublic(device.getPublic()),
                                "device_name",
                                "Work laptop",
                                "platform",
                                "linux"));
    }

    /** A device enrolled for a new phone through the SMS path. */
    TestDevice enrolled() {
        return enrolled(newPhone());
    }

    /** A device enrolled for {@code phone} through the SMS path. */
    TestDevice enrolled(String phone) {
        int before = texts(phone).size();
        String enrollment = startEnrollment(phone);
        KeyPair key = EcKeys.generate();
        Http.Response confirmed = confirm(enrollment, codeTexted(phone, before + 1), key);
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(201);
        return new TestDevice(confirmed.text("device"), phone, key);
    }

    /** Sets the PIN of the phone's user directly: set-up only, the PIN flow is tested elsewhere. */
    void givenPin(String phone, String pin) {
        String user = server.bean(UserService.class).findOrCreate(phone).id();
        try (Pin p = Pin.of(pin.toCharArray())) {
            new JdbcUserStore(server.bean(JdbcClient.class))
                    .setPinHash(user, new PinHasher(PinHasher.MIN_ITERATIONS).hash(p));
        }
    }

    /** A request signed by {@code device} at the clock's now. */
    Http.Response signed(TestDevice device, String method, String path, String body) {
        return signedAt(device, device.key(), clock.instant().getEpochSecond(), method, path, body);
    }

    /** A request signed with {@code key} for {@code device} at {@code t}. */
    Http.Response signedAt(TestDevice device, KeyPair key, long t, String method, String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String sig = Base64Url.encode(Es256.sign(Devices.signingInput(t, method, path, bytes), key.getPrivate()));
        return send(
                method,
                path,
                body,
                Map.of("Relaypay-Device", device.id(), "Relaypay-Device-Signature", "t=" + t + ",sig=" + sig));
    }

    /** A request with exactly these headers. */
    Http.Response send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.base().resolve(URI.create(path)))
                .method(
                        method,
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            builder.header("Content-Type", "application/json");
        }
        headers.forEach(builder::header);
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Response(response.statusCode(), response.headers(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
