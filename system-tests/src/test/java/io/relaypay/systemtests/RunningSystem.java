package io.relaypay.systemtests;

import io.relaypay.testkit.PostgresSchema;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole system as a person runs it with {@code ./relaypay demo}, but on free ports and on
 * PostgreSQL: the carrier simulator, the interchange (seeding the demo merchant) and the demo shop,
 * each its own JVM, meeting only over SMPP and HTTP.
 */
final class RunningSystem implements BeforeAllCallback, AfterAllCallback {

    static final String ADMIN_TOKEN = "system-test-admin";
    private static final Duration START = Duration.ofSeconds(120);

    private final PostgresSchema database = new PostgresSchema(2);
    private final List<ChildProcess> processes = new ArrayList<>();
    private URI simulator;
    private URI interchange;
    private URI shop;
    private Properties demoEnv;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        database.open(context.getRequiredTestClass().getSimpleName());
        Path data = Files.createTempDirectory("relaypay-system");
        int simulatorHttp = Ports.free();
        int smpp = Ports.freeRun(2);
        int interchangePort = Ports.free();
        int shopPort = Ports.free();
        simulator = URI.create("http://127.0.0.1:" + simulatorHttp);
        interchange = URI.create("http://127.0.0.1:" + interchangePort);
        shop = URI.create("http://127.0.0.1:" + shopPort);

        processes.add(ChildProcess.start(
                        "simulator",
                        "simulator",
                        "io.relaypay.simulator.SimulatorMain",
                        List.of(
                                "--http-port", "" + simulatorHttp,
                                "--smpp-port", "" + smpp,
                                "--smtp-port", "" + Ports.free()),
                        Map.of())
                .awaitHttp(simulator.resolve("/phones"), START));

        processes.add(ChildProcess.start(
                        "interchange",
                        "interchange",
                        "io.relaypay.interchange.InterchangeApplication",
                        List.of(
                                "--server.port=" + interchangePort,
                                "--relaypay.public-url=" + interchange,
                                "--relaypay.db.url=" + database.jdbcUrl(),
                                "--relaypay.db.user=" + database.user(),
                                "--relaypay.db.pool-size=8",
                                "--relaypay.data-dir=" + data,
                                "--relaypay.admin-token=" + ADMIN_TOKEN,
                                "--relaypay.demo.enabled=true",
                                "--relaypay.webhooks.allow-private-addresses=true",
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
        processes.add(ChildProcess.start(
                        "shop",
                        "examples/demo-shop",
                        "io.relaypay.examples.shop.ShopMain",
                        List.of(
                                "--port", "" + shopPort,
                                "--relaypay-url", interchange.toString(),
                                "--api-key", demoKey(),
                                "--webhook-secret", webhookSecret(),
                                "--public-url", shop.toString(),
                                "--db-url", "jdbc:h2:file:" + data.resolve("shop/shop")),
                        Map.of())
                .awaitHttp(shop.resolve("/health"), START));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException, java.sql.SQLException {
        for (ChildProcess process : processes.reversed()) {
            process.close();
        }
        database.close();
    }

    URI simulator() {
        return simulator;
    }

    URI interchange() {
        return interchange;
    }

    URI shop() {
        return shop;
    }

    /** The demo merchant's test key, as {@code demo.env} gives it to scripts. */
    String demoKey() {
        return demoEnv.getProperty("RELAYPAY_DEMO_KEY");
    }

    /** The demo merchant's webhook secret. */
    String webhookSecret() {
        return demoEnv.getProperty("RELAYPAY_WEBHOOK_SECRET");
    }

    /** The interchange's database, for the ledger invariant. */
    PostgresSchema database() {
        return database;
    }
}
