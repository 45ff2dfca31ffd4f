package io.relaypay.interchange.support;

import io.relaypay.interchange.InterchangeApplication;
import io.relaypay.testkit.PostgresSchema;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The real interchange on an ephemeral port over its own PostgreSQL schema, started once per test
 * class and stopped (schema dropped) after it. Tests talk to it over HTTP only.
 */
public final class RunningInterchange implements BeforeAllCallback, AfterAllCallback {

    /** The admin token the server is started with. */
    public static final String ADMIN_TOKEN = "test-admin-token";

    private final PostgresSchema database = new PostgresSchema(8);
    private final Map<String, Object> extra = new LinkedHashMap<>();
    private final Map<String, Object> beans = new LinkedHashMap<>();
    private ConfigurableApplicationContext context;
    private URI base;

    /** Adds a server property (before start). */
    public RunningInterchange with(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    /**
     * Binds the server to {@code network}'s two SMSCs and bills phones through its operator billing
     * API (before start).
     */
    public RunningInterchange boundTo(io.relaypay.simulator.CarrierNetwork network) {
        return with("relaypay.channels.smsc-north.port", network.smppPort("smsc-north"))
                .with("relaypay.channels.smsc-hub.port", network.smppPort("smsc-hub"))
                .with("relaypay.funds.billing-url", network.httpUri() + "/carrier-billing/v0");
    }

    /** Runs the server on {@code testClock} instead of the system clock (before start). */
    public RunningInterchange withClock(java.time.Clock testClock) {
        return withBean("testClock", testClock);
    }

    /** Adds a bean (a test {@code ReplyListener}, say) to the server's context (before start). */
    public RunningInterchange withBean(String name, Object bean) {
        beans.put(name, bean);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext extension) throws Exception {
        database.open(extension.getRequiredTestClass().getSimpleName());
        Path dataDir = Files.createTempDirectory("relaypay-it");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", 0);
        properties.put("relaypay.db.url", database.jdbcUrl());
        properties.put("relaypay.db.user", database.user());
        properties.put("relaypay.db.pool-size", 8);
        properties.put("relaypay.data-dir", dataDir.toString());
        properties.put("relaypay.admin-token", ADMIN_TOKEN);
        // The tests' merchants listen on this machine.
        properties.put("relaypay.webhooks.allow-private-addresses", true);
        // Point the configured SMSCs at ports nobody listens on, so a test never talks to a demo
        // or simulator that happens to run on the default ports; tests that send say where.
        properties.put("relaypay.channels.smsc-north.port", closedPort());
        properties.put("relaypay.channels.smsc-hub.port", closedPort());
        properties.put("relaypay.funds.billing-url", "http://127.0.0.1:" + closedPort() + "/carrier-billing/v0");
        properties.put("relaypay.funding.processor-url", "http://127.0.0.1:" + closedPort() + "/processor/v1");
        properties.putAll(extra);
        context = new SpringApplicationBuilder(InterchangeApplication.class)
                // First in line, not SpringApplication's default properties: those rank below
                // application.yaml, which would win for every key it sets (server.port among them).
                .initializers(context -> {
                    context.getEnvironment()
                            .getPropertySources()
                            .addFirst(new MapPropertySource("running-interchange", properties));
                    beans.forEach(context.getBeanFactory()::registerSingleton);
                })
                .run();
        String port = context.getEnvironment().getProperty("local.server.port");
        base = URI.create("http://127.0.0.1:" + port + "/");
    }

    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void afterAll(ExtensionContext extension) throws Exception {
        if (context != null) {
            context.close();
        }
        database.close();
    }

    /** The server's base URI. */
    public URI base() {
        return base;
    }

    /** A client with the admin token. */
    public Http admin() {
        return new Http(base, ADMIN_TOKEN);
    }

    /** A client without credentials. */
    public Http anonymous() {
        return new Http(base, null);
    }

    /** A bean of the running server, for tests that drive a component (the janitor) directly. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * A merchant created through the admin API, with a test key.
     *
     * @param id merchant id
     * @param testKey its {@code sk_test_} key
     * @param webhookSecret its signing secret
     * @param api a client using the test key
     */
    public record TestMerchant(String id, String testKey, String webhookSecret, Http api) {}

    /** Creates a merchant with a test key. */
    public TestMerchant newMerchant(String name) {
        return newMerchant(Map.of("name", name));
    }

    /** Creates a merchant with a test key, posting webhooks to {@code webhookUrl}. */
    public TestMerchant newMerchant(String name, URI webhookUrl) {
        return newMerchant(Map.of("name", name, "webhook_url", webhookUrl.toString()));
    }

    private TestMerchant newMerchant(Map<String, Object> body) {
        Http.Response created = admin().post("/admin/v1/merchants", body);
        if (created.status() != 201) {
            throw new IllegalStateException("merchant not created: " + created.raw());
        }
        String id = created.text("id");
        Http.Response key = admin().post("/admin/v1/merchants/" + id + "/keys", Map.of());
        String secret = key.text("secret");
        return new TestMerchant(id, secret, created.text("webhook_secret"), new Http(base, secret));
    }
}
