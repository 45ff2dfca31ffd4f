package io.relaypay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.relaypay.sdk.agent.PaymentToken;
import io.relaypay.sdk.agent.PaymentTokens;
import io.relaypay.sdk.jose.EcKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The local agent in the whole system: the demo shop's page pays through it in headless Chromium,
 * the game client unlocks its stage through it, a page of another origin reads nothing from it, and
 * hostile requests over raw sockets are refused without a charge, all against the real interchange,
 * simulator and PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalAgentSystemIT {

    @RegisterExtension
    static final AgentSystem system = new AgentSystem();

    static final Pattern ORDER_PAGE = Pattern.compile(".*/orders/(ord_[a-z0-9]+)$");
    static WebDriver browser;

    @BeforeAll
    static void browser() {
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--no-first-run",
                        "--window-size=414,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void shopPagePaysThroughTheAgent() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        browser.get(system.shop().toString());
        browser.findElement(By.cssSelector("form.agent button")).click();
        wait.until(ExpectedConditions.urlMatches(".*/orders/ord_[a-z0-9]+/agent$"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agent-pay")));
        screenshot("agent-shop-ready.png");
        browser.findElement(By.id("agent-pay")).click();
        wait.until(d -> ORDER_PAGE.matcher(d.getCurrentUrl()).matches());

        assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("Paid");
        // Only the verified receipt can have marked it paid: this shop takes no webhooks (AgentSystem).
        assertThat(browser.getPageSource()).containsPattern("Payment</dt><dd>pay_[a-z0-9]+");
        screenshot("agent-shop-paid.png");
    }

    @Test
    @Order(2)
    void shopPageFallsBackToTheCheckoutWhenTheAgentIsNotThere() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(system.shop().toString());
        browser.findElement(By.cssSelector("form.agent button")).click();
        wait.until(ExpectedConditions.urlMatches(".*/agent$"));
        String page = browser.getCurrentUrl();
        wait.until(d -> !"looking".equals(d.findElement(By.id("agent-checkout")).getAttribute("data-state")));

        // The same page from a shop whose agent URL points nowhere: served by the real shop, only the
        // agent port in the page's data attribute differs, as when no agent runs.
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('agent-checkout').dataset.agent = 'http://127.0.0.1:"
                        + Ports.free() + "'; var s = document.createElement('script'); s.src = '/agent-pay.js';"
                        + " document.body.appendChild(s);");

        wait.until(d -> "fallback".equals(d.findElement(By.id("agent-checkout")).getAttribute("data-state")));
        assertThat(browser.findElement(By.id("agent-status")).getText()).contains("Relaypay checkout");
        assertThat(browser.findElement(By.cssSelector("#fallback button")).isDisplayed())
                .isTrue();
        assertThat(page).endsWith("/agent");
    }

    @Test
    @Order(3)
    void pageOfAnotherOriginReadsNothingFromTheAgent() throws Exception {
        int paymentsBefore = agentPayments();
        String scope = "?merchant=" + system.merchant() + "&kid=" + system.agentKid();
        String script = """
                const agent = '%s', scope = '%s', out = [];
                async function attempt(name, f) {
                  try { const r = await f(); out.push(name + ':' + r.type + ':' + r.status + ':' + await r.text()); }
                  catch (e) { out.push(name + ':blocked'); }
                }
                (async () => {
                  await attempt('status', () => fetch(agent + '/v1/status' + scope));
                  await attempt('pay', () => fetch(agent + '/v1/payments' + scope, {method: 'POST',
                    headers: {'Content-Type': 'application/json'}, body: '{"token":"x"}'}));
                  await attempt('form', () => fetch(agent + '/v1/payments' + scope, {method: 'POST', mode: 'no-cors',
                    headers: {'Content-Type': 'text/plain'}, body: '{"token":"x"}'}));
                  await attempt('pair', () => fetch(agent + '/v1/pairings', {method: 'POST', mode: 'no-cors',
                    headers: {'Content-Type': 'text/plain'}, body: '{"app_name":"evil"}'}));
                  document.getElementById('out').textContent = out.join('\\n');
                  document.title = 'done';
                })();
                """.formatted(system.agent(), scope);
        HttpServer hostile = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        hostile.createContext("/", exchange -> {
            byte[] page = ("<!doctype html><title>hostile</title><pre id=out></pre><script>" + script + "</script>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        hostile.start();
        try {
            // localhost, not 127.0.0.1: another origin than the shop's, on the same machine.
            browser.get("http://localhost:" + hostile.getAddress().getPort() + "/");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "done".equals(d.getTitle()));
            String out = browser.findElement(By.id("out")).getText();

            assertThat(out).contains("status:blocked").contains("pay:blocked");
            // A no-cors post is either blocked by the browser outright or sent and refused by the
            // agent; either way the page gets an opaque answer with nothing in it.
            assertThat(out.lines().filter(l -> l.startsWith("form:") || l.startsWith("pair:")))
                    .allMatch(l -> l.endsWith(":blocked") || l.endsWith(":opaque:0:"));
            assertThat(out).doesNotContain("relaypay").doesNotContain("enrolled");
        } finally {
            hostile.stop(0);
        }
        assertThat(agentPayments()).isEqualTo(paymentsBefore);
        assertThat(system.agentLog()).doesNotContain("paired app=evil");
    }

    @Test
    @Order(4)
    void gameClientUnlocksTheLockedStage() throws Exception {
        Path module = ChildProcess.root().resolve("examples/game");
        String classpath = module.resolve("target/classes")
                + java.io.File.pathSeparator
                + Files.readString(module.resolve("target/runtime-classpath.txt"))
                        .trim();
        Path pairing = system.data().resolve("game-pairing");
        Process client = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classpath,
                        "io.relaypay.examples.game.GameClient",
                        "--game-url",
                        system.game().toString(),
                        "--agent-url",
                        system.agent().toString(),
                        "--pairing-file",
                        pairing.toString(),
                        "--name",
                        "ana",
                        "--yes")
                .redirectErrorStream(true)
                .start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        client.getInputStream().transferTo(output);
        assertThat(client.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(client.exitValue()).as(output.toString()).isZero();
        assertThat(output.toString()).contains("Stage 2, The Caves: unlocked");
        assertThat(Files.readString(pairing)).startsWith("rpa_");
    }

    @Test
    @Order(5)
    void hostileRequestsAreRefusedAndChargeNothing() throws Exception {
        String token = shopToken(newAgentOrder());
        int before = agentPayments();
        String body = "{\"token\":\"" + token + "\"}";
        String origin = system.shop().toString();

        assertThat(raw("POST", pay(), "evil.example:" + system.agent().getPort(), origin, "application/json", body))
                .startsWith("HTTP/1.1 403");
        for (String wrong : List.of(
                "null",
                "http://evil.example",
                origin + ".evil.example",
                "http://localhost:" + system.shop().getPort())) {
            assertThat(raw("POST", pay(), host(), wrong, "application/json", body))
                    .as(wrong)
                    .startsWith("HTTP/1.1 403")
                    .doesNotContainIgnoringCase("access-control-allow-origin");
        }
        assertThat(raw("POST", pay(), host(), null, "application/json", body)).startsWith("HTTP/1.1 403");
        assertThat(raw("POST", pay(), host(), origin, "application/x-www-form-urlencoded", "token=" + token))
                .startsWith("HTTP/1.1 415");
        assertThat(raw("POST", pay(), host(), origin, "application/json", "{\"token\":\"" + "x".repeat(9000) + "\"}"))
                .startsWith("HTTP/1.1 413");
        assertThat(agentPayments()).isEqualTo(before);

        String paid = raw("POST", pay(), host(), origin, "application/json", body);
        assertThat(paid).startsWith("HTTP/1.1 200").contains("\"status\":\"succeeded\"");
        String replay = raw("POST", pay(), host(), origin, "application/json", body);
        assertThat(replay).startsWith("HTTP/1.1 409").contains("payment-token-replayed");

        String expired =
                raw("POST", pay(), host(), origin, "application/json", "{\"token\":\"" + expiredToken() + "\"}");
        assertThat(expired).contains("payment-token-expired");
        assertThat(agentPayments()).isEqualTo(before + 1);
    }

    @Test
    @Order(6)
    void tamperedReceiptOfTheOrdersOwnPaymentLeavesItUnpaid() throws Exception {
        String order = newAgentOrder();
        String paid = raw(
                "POST",
                pay(),
                host(),
                system.shop().toString(),
                "application/json",
                "{\"token\":\"" + shopToken(order) + "\"}");
        assertThat(paid).startsWith("HTTP/1.1 200").contains("\"status\":\"succeeded\"");
        String receipt = paid.replaceAll("(?s).*\"receipt\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> refused =
                postFromShop("/orders/" + order + "/agent/receipt", "receipt=" + urlEncoded(withOtherPayment(receipt)));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(orderPage(order)).contains("status awaiting_payment").doesNotContain(">Paid<");

        // The control: the very same receipt, untouched, pays this order. Only the tampering was refused.
        HttpResponse<String> accepted =
                postFromShop("/orders/" + order + "/agent/receipt", "receipt=" + urlEncoded(receipt));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(orderPage(order)).contains(">Paid<");
    }

    @Test
    @Order(7)
    void theCheckoutCodeForTheAgentsPhoneReachesTheRunningAgentInsteadOfAnSms() throws Exception {
        int textsBefore = system.messages(AgentSystem.PHONE).size();
        HttpResponse<String> created = Web.postJson(
                system.interchange().resolve("/v1/payments"),
                Map.of("amount", 150, "currency", "EUR", "reference", "agent-route-1", "description", "Hint pack"),
                system.demoKey());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String payment = Web.json(created).get("id").asString();
        URI page = system.interchange().resolve("/checkout/" + payment);
        String html = Web.get(page).body();
        HttpResponse<String> entered = Web.postForm(
                URI.create(page + "/phone"),
                Map.of(
                        "csrf",
                        Web.hidden(html, "csrf"),
                        "mode",
                        Web.hidden(html, "mode"),
                        "phone_number",
                        AgentSystem.PHONE));
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(303);

        // The agent runs headless here, so it shows the text on its console: its log.
        Pattern shown =
                Pattern.compile("Relaypay message: .* to pay 1\\.50 EUR .* enter ([A-Z0-9]{6}) on the payment page");
        String code = awaitMatch(() -> logOf("agent"), shown, Duration.ofSeconds(60));
        html = Web.get(page).body();
        HttpResponse<String> confirmed = Web.postForm(
                URI.create(page + "/code"),
                Map.of("csrf", Web.hidden(html, "csrf"), "mode", Web.hidden(html, "mode"), "code", code));
        assertThat(confirmed.statusCode()).isEqualTo(303);

        String status = awaitMatch(
                () -> Web.get(system.interchange().resolve("/v1/payments/" + payment), system.demoKey())
                        .body(),
                Pattern.compile("\"status\":\"(succeeded|failed)\""),
                Duration.ofSeconds(60));
        assertThat(status).isEqualTo("succeeded");
        assertThat(system.messages(AgentSystem.PHONE)
                        .subList(textsBefore, system.messages(AgentSystem.PHONE).size()))
                .as("no confirmation by SMS while the agent runs")
                .noneMatch(m -> m.get("text").asString().contains(" to pay "));
    }

    /** The first group of {@code pattern} in what {@code text} gives, asked again until it appears. */
    private static String awaitMatch(java.util.function.Supplier<String> text, Pattern pattern, Duration within) {
        return org.awaitility.Awaitility.await()
                .atMost(within)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            Matcher m = pattern.matcher(text.get());
                            return m.find() ? Optional.of(m.group(1)) : Optional.<String>empty();
                        },
                        Optional::isPresent)
                .orElseThrow();
    }

    /** Payments the agent sent to the interchange and got an answer for, from its log. */
    private static int agentPayments() {
        Matcher m = Pattern.compile("payment=pay_").matcher(logOf("agent"));
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static String logOf(String name) {
        try {
            return Files.readString(ChildProcess.root().resolve("system-tests/target/system-logs/" + name + ".log"));
        } catch (IOException e) {
            return "";
        }
    }

    private static String newAgentOrder() {
        HttpResponse<String> placed =
                Web.postForm(system.shop().resolve("/orders"), Map.of("product", firstSku(), "via", "agent"));
        String location = placed.headers().firstValue("Location").orElseThrow();
        return location.replaceAll(".*/orders/(ord_[a-z0-9]+)/agent$", "$1");
    }

    private static String firstSku() {
        Matcher m = Pattern.compile("name=\"product\" value=\"([^\"]+)\"")
                .matcher(Web.get(system.shop()).body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String shopToken(String order) {
        HttpResponse<String> answer = postFromShop("/orders/" + order + "/agent/token", "");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Web.json(answer).get("token").asString();
    }

    private static HttpResponse<String> postFromShop(String path, String form) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(system.shop().resolve(path))
                                    .header("Origin", system.shop().toString())
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token signed with the shop's real key whose lifetime ended a minute ago. */
    private static String expiredToken() throws IOException {
        Instant issued = Instant.ofEpochSecond(Instant.now().getEpochSecond() - 400);
        return PaymentTokens.sign(
                new PaymentToken(
                        system.merchant(),
                        100,
                        "EUR",
                        "expired-1",
                        Optional.empty(),
                        system.shop().toString(),
                        PaymentTokens.newNonce(),
                        issued,
                        issued.plusSeconds(340)),
                system.agentKid(),
                EcKeys.decodePrivatePem(Files.readString(system.agentKeyFile())));
    }

    /** The agent's payment path for the shop's key. */
    private static String pay() {
        return "/v1/payments?merchant=" + system.merchant() + "&kid=" + system.agentKid();
    }

    /**
     * {@code receipt} with another payment id in its claims and its signature kept: well-formed JSON
     * the shop parses, so only the signature check can refuse it.
     */
    private static String withOtherPayment(String receipt) {
        String[] parts = receipt.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = claims.replaceFirst("\"payment\":\"pay_[A-Za-z0-9]+\"", "\"payment\":\"pay_forged\"");
        assertThat(forged).isNotEqualTo(claims);
        return parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
    }

    private static String orderPage(String order) {
        return Web.get(system.shop().resolve("/orders/" + order)).body();
    }

    private static String urlEncoded(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String host() {
        return "127.0.0.1:" + system.agent().getPort();
    }

    /** One request over a plain socket, so Host and Origin are exactly what a test says; the raw answer. */
    private static String raw(String method, String path, String host, String origin, String type, String body)
            throws IOException {
        try (Socket socket =
                new Socket(InetAddress.getLoopbackAddress(), system.agent().getPort())) {
            socket.setSoTimeout(120_000);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            List<String> head = new ArrayList<>(List.of(method + " " + path + " HTTP/1.1", "Host: " + host));
            if (origin != null) {
                head.add("Origin: " + origin);
            }
            head.addAll(List.of("Content-Type: " + type, "Content-Length: " + bytes.length, "Connection: close"));
            OutputStream out = socket.getOutputStream();
            out.write((String.join("\r\n", head) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(bytes);
            } catch (IOException refusedEarly) {
                // The agent may answer 413 and close before reading the rest.
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void screenshot(String name) throws IOException {
        Path shots = ChildProcess.root().resolve("system-tests/target/screenshots");
        Files.createDirectories(shots);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, shots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
