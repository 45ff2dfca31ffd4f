package io.relaypay.systemtests;

import io.relaypay.testkit.PostgresSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;

/**
 * The whole system with the local agent: the carrier simulator, the interchange (seeding the demo
 * merchant and its agent key), the demo shop with its agent checkout, the game server, and an
 * agent enrolled for a phone whose PIN is set, answering prompts from a script. Every part is its
 * own JVM on a free port, meeting the others only over HTTP and SMPP.
 *
 * <p>The shop runs without a webhook secret, so it refuses Relaypay's webhooks: here an order is paid
 * only by a receipt the shop verified, and the tests see the receipt check itself, not a webhook that
 * would mark the order paid anyway. The shop's webhooks are covered by {@code RunningSystem}'s tests
 * ({@code ShopPurchaseBrowserIT}, {@code PayByPhoneSystemIT}).
 */
final class AgentSystem implements BeforeAllCallback, AfterAllCallback {

    static final String ADMIN_TOKEN = "system-test-admin";
    static final String PHONE = "+4915112345672";
    static final String PIN = "2580";
    private static final Duration START = Duration.ofSeconds(120);
    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

    private final PostgresSchema database = new PostgresSchema(2);
    private final List<ChildProcess> processes = new ArrayList<>();
    private Path data;
    private URI simulator;
    private URI interchange;
    private URI shop;
    private URI game;
    private URI agent;
    private Path agentDir;
    private Path promptScript;
    private ChildProcess agentProcess;
    private Properties demoEnv;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        database.open(context.getRequiredTestClass().getSimpleName());
        data = Files.createTempDirectory("relaypay-agent-system");
        int simulatorHttp = Ports.free();
        int smpp = Ports.freeRun(2);
        simulator = URI.create("http://127.0.0.1:" + simulatorHttp);
        interchange = URI.create("http://127.0.0.1:" + Ports.free());
        shop = URI.create("http://127.0.0.1:" + Ports.free());
        game = URI.create("http://127.0.0.1:" + Ports.free());
        agent = URI.create("http://127.0.0.1:" + Ports.free());

        processes.add(ChildProcess.start(
                        "agent-simulator",
                        "simulator",
                        "io.relaypay.simulator.SimulatorMain",
                        List.of(
                                "--http-port", "" + simulatorHttp,
                                "--smpp-port", "" + smpp,
                                "--smtp-port", "" + Ports.free()),
                        Map.of())
                .awaitHttp(simulator.resolve("/phones"), START));
        processes.add(ChildProcess.start(
                        "agent-interchange",
                        "interchange",
                        "io.relaypay.interchange.InterchangeApplication",
                        List.of(
                                "--server.port=" + interchange.getPort(),
                                "--relaypay.public-url=" + interchange,
                                "--relaypay.db.url=" + database.jdbcUrl(),
                                "--relaypay.db.user=" + database.user(),
                                "--relaypay.db.pool-size=8",
                                "--relaypay.data-dir=" + data,
                                "--relaypay.admin-token=" + ADMIN_TOKEN,
                                "--relaypay.demo.enabled=true",
                                "--relaypay.demo.shop-url=" + shop,
                                "--relaypay.demo.simulator-url=" + simulator,
                                "--relaypay.channels.smsc-north.port=" + smpp,
                                "--relaypay.channels.smsc-hub.port=" + (smpp + 1),
                                "--relaypay.funds.billing-url=" + simulator + "/carrier-billing/v0"),
                        Map.of())
                .awaitHttp(interchange.resolve("/actuator/health"), START));
        demoEnv = new Properties();
        try (Reader reader = Files.newBufferedReader(data.resolve("demo.env"))) {
            demoEnv.load(reader);
        }
        // Always a key of our own: the seeder's allows the demo's fixed shop origin, this shop runs on a free port.
        registerAgentKey();
        processes.add(ChildProcess.start(
                        "agent-shop",
                        "examples/demo-shop",
                        "io.relaypay.examples.shop.ShopMain",
                        List.of(
                                "--port", "" + shop.getPort(),
                                "--relaypay-url", interchange.toString(),
                                "--api-key", demoEnv.getProperty("RELAYPAY_DEMO_KEY"),
                                "--public-url", shop.toString(),
                                "--db-url", "jdbc:h2:file:" + data.resolve("shop/shop"),
                                "--merchant-id", merchant(),
                                "--agent-kid", agentKid(),
                                "--agent-key-file", agentKeyFile().toString(),
                                "--agent-url", agent.toString()),
                        Map.of())
                .awaitHttp(shop.resolve("/health"), START));
        processes.add(ChildProcess.start(
                        "agent-game",
                        "examples/game",
                        "io.relaypay.examples.game.GameServer",
                        List.of(
                                "--port", "" + game.getPort(),
                                "--relaypay-url", interchange.toString(),
                                "--merchant-id", merchant(),
                                "--agent-kid", agentKid(),
                                "--agent-key-file", agentKeyFile().toString(),
                                "--token-origin", shop.toString()),
                        Map.of())
                .awaitHttp(game.resolve("/health"), START));

        agentDir = data.resolve("agent");
        promptScript = data.resolve("prompt-script");
        answerPrompts("pin " + PIN);
        setPin(PHONE, PIN);
        enroll(PHONE);
        agentProcess = ChildProcess.start(
                        "agent",
                        "agent",
                        "io.relaypay.agent.AgentMain",
                        // The test-only switch without which the agent refuses the scripted prompt.
                        List.of("-Drelaypay.agent.test-prompts=true"),
                        List.of(
                                "run",
                                "--port",
                                "" + agent.getPort(),
                                "--interchange-url",
                                interchange.toString(),
                                "--config-dir",
                                agentDir.toString(),
                                "--prompt",
                                "scripted",
                                "--prompt-script",
                                promptScript.toString(),
                                "--rate-limit",
                                "200"),
                        Map.of())
                .awaitHttp(agent.resolve("/v1/status"), START);
        processes.add(agentProcess);
    }

    /**
     * Registers an agent key for the demo merchant as a merchant would ({@code POST /v1/agent_keys}
     * with its secret key), allowing this shop's origin; its id, the
     * merchant's id (from the admin API) and the private key file go where demo.env would name them.
     */
    private void registerAgentKey() throws IOException {
        java.security.KeyPair keys = io.relaypay.sdk.jose.EcKeys.generate();
        HttpResponse<String> created = Web.postJson(
                interchange.resolve("/v1/agent_keys"),
                Map.of(
                        "public_key",
                        io.relaypay.sdk.jose.EcKeys.encodePublic(keys.getPublic()),
                        "allowed_origins",
                        List.of(shop.toString())),
                demoEnv.getProperty("RELAYPAY_DEMO_KEY"));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("agent key not registered: " + created.body());
        }
        Path keyFile = data.resolve("demo-agent-key.pem");
        Files.writeString(keyFile, io.relaypay.sdk.jose.EcKeys.encodePrivatePem(keys.getPrivate()));
        demoEnv.setProperty(
                "RELAYPAY_DEMO_AGENT_KID", Web.json(created).get("id").asString());
        demoEnv.setProperty("RELAYPAY_DEMO_AGENT_KEY_FILE", keyFile.toString());
        try {
            HttpResponse<String> merchants = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(interchange.resolve("/admin/v1/merchants"))
                                    .header("Authorization", "Bearer " + ADMIN_TOKEN)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            JsonNode list = Web.json(merchants).get("data");
            if (list == null || list.size() != 1) {
                throw new IllegalStateException("expected the demo merchant alone: " + merchants.body());
            }
            demoEnv.setProperty("RELAYPAY_DEMO_MERCHANT", list.get(0).get("id").asString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the agent's scripted prompt answers from now on: {@code pin 1234}, {@code cancel}. */
    void answerPrompts(String line) throws IOException {
        Files.writeString(promptScript, line + "\n");
    }

    /** Sets {@code pin} for {@code phone} through the interchange's PIN page, with the SMS code. */
    void setPin(String phone, String pin) {
        HttpResponse<String> start = Web.get(interchange.resolve("/account/pin"));
        int before = messages(phone).size();
        HttpResponse<String> sent = Web.postForm(
                interchange.resolve("/account/pin"),
                Map.of("phone_number", phone, "csrf", Web.hidden(start.body(), "csrf")));
        String location = sent.headers().firstValue("Location").orElseThrow(() -> new AssertionError(sent.body()));
        String challenge = URI.create(location).getPath();
        String code = awaitCode(phone, before);
        HttpResponse<String> form = Web.get(interchange.resolve(challenge));
        HttpResponse<String> done = Web.postForm(
                interchange.resolve(challenge),
                Map.of("code", code, "pin", pin, "pin_repeat", pin, "csrf", Web.hidden(form.body(), "csrf")));
        if (!done.headers().firstValue("Location").orElse("").contains("done")) {
            throw new AssertionError("PIN not set: " + done.headers().map());
        }
    }

    /** Runs {@code relaypay agent enroll} and types the code the phone received. */
    void enroll(String phone) throws Exception {
        Path module = ChildProcess.root().resolve("agent");
        String classpath = module.resolve("target/classes")
                + java.io.File.pathSeparator
                + Files.readString(module.resolve("target/runtime-classpath.txt"))
                        .trim();
        int before = messages(phone).size();
        Process enroll = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classpath,
                        "io.relaypay.agent.AgentMain",
                        "enroll",
                        "--phone",
                        phone,
                        "--interchange-url",
                        interchange.toString(),
                        "--config-dir",
                        agentDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(ChildProcess.root()
                        .resolve("system-tests/target/system-logs/agent-enroll.log")
                        .toFile())
                .start();
        String code = awaitCode(phone, before);
        try (OutputStream in = enroll.getOutputStream()) {
            in.write((code + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (!enroll.waitFor(60, TimeUnit.SECONDS) || enroll.exitValue() != 0) {
            throw new AssertionError("enroll failed, see system-tests/target/system-logs/agent-enroll.log");
        }
    }

    /** The first 6-digit code in a message the phone received after its first {@code skip} messages. */
    String awaitCode(String phone, int skip) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<JsonNode> received = messages(phone);
            for (JsonNode message : received.subList(Math.min(skip, received.size()), received.size())) {
                Matcher m = SIX_DIGITS.matcher(message.path("text").asString(""));
                if (m.find()) {
                    return m.group(1);
                }
            }
            try {
                TimeUnit.MILLISECONDS.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no code arrived on " + phone);
    }

    List<JsonNode> messages(String phone) {
        HttpResponse<String> response =
                Web.get(simulator.resolve("/phones/" + URLEncoder.encode(phone, StandardCharsets.UTF_8) + "/messages"));
        List<JsonNode> list = new ArrayList<>();
        if (response.statusCode() == 200) {
            JsonNode body = Web.json(response);
            (body.isArray() ? body : body.path("messages")).forEach(list::add);
        }
        return list;
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException, java.sql.SQLException {
        for (ChildProcess process : processes.reversed()) {
            process.close();
        }
        database.close();
    }

    URI interchange() {
        return interchange;
    }

    URI shop() {
        return shop;
    }

    URI game() {
        return game;
    }

    URI agent() {
        return agent;
    }

    Path data() {
        return data;
    }

    String demoKey() {
        return demoEnv.getProperty("RELAYPAY_DEMO_KEY");
    }

    /** The demo merchant's account id, which its tokens name. */
    String merchant() {
        return required("RELAYPAY_DEMO_MERCHANT");
    }

    /** The demo merchant's agent key id. */
    String agentKid() {
        return required("RELAYPAY_DEMO_AGENT_KID");
    }

    /** The demo merchant's agent private key (PKCS#8 PEM), written by the interchange's seeder. */
    Path agentKeyFile() {
        String file = demoEnv.getProperty("RELAYPAY_DEMO_AGENT_KEY_FILE");
        return file != null ? Path.of(file) : data.resolve("demo-agent-key.pem");
    }

    /** The agent's log so far, for failure messages. */
    String agentLog() {
        return agentProcess.tail();
    }

    private String required(String name) {
        String value = demoEnv.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("demo.env has no " + name + " (the interchange's demo seeder writes it)");
        }
        return value;
    }
}
