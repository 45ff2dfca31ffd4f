package io.relaypay.interchange.config;

import io.relaypay.interchange.agent.AgentKeys;
import io.relaypay.interchange.merchants.Caller;
import io.relaypay.interchange.merchants.FeeTerms;
import io.relaypay.interchange.merchants.IssuedKey;
import io.relaypay.interchange.merchants.MerchantService;
import io.relaypay.interchange.merchants.NewMerchant;
import io.relaypay.sdk.jose.EcKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Seeds the demo merchant on the first start of {@code ./relaypay demo} and writes
 * {@code <data-dir>/demo.env} (the contract's URLs and test key, plus the webhook secret the shop
 * verifies with). Later starts reuse the merchant as long as the key in the file still works.
 *
 * <p>For the local agent the demo merchant also gets a test-mode agent key for the shop's origin: the
 * private key goes to {@code <data-dir>/demo-agent-key.pem} (PKCS#8, owner-readable only) so the demo
 * shop can sign payment tokens, its kid and the merchant id to demo.env.
 */
final class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private final MerchantService merchants;
    private final RelaypayProperties properties;
    private final DemoProperties demo;
    private final AgentKeys agentKeys;

    DemoSeeder(MerchantService merchants, RelaypayProperties properties, DemoProperties demo, AgentKeys agentKeys) {
        this.merchants = merchants;
        this.agentKeys = agentKeys;
        this.properties = properties;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path file = properties.dataDir().resolve("demo.env");
        Map<String, String> existing = read(file);
        boolean reusable = Optional.ofNullable(existing.get("RELAYPAY_DEMO_KEY"))
                .flatMap(merchants::authenticate)
                .isPresent();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("RELAYPAY_URL", trim(properties.publicUrl()));
        env.put("SIMULATOR_URL", trim(demo.simulatorUrl()));
        env.put("SHOP_URL", trim(demo.shopUrl()));
        String merchantId;
        if (reusable) {
            env.put("RELAYPAY_DEMO_KEY", existing.get("RELAYPAY_DEMO_KEY"));
            env.put("RELAYPAY_WEBHOOK_SECRET", existing.getOrDefault("RELAYPAY_WEBHOOK_SECRET", ""));
            merchantId = merchants
                    .authenticate(existing.get("RELAYPAY_DEMO_KEY"))
                    .orElseThrow()
                    .merchantId();
        } else {
            MerchantService.Created created = merchants.create(new NewMerchant(
                    "Relaypay Demo Shop",
                    Optional.of(URI.create(trim(demo.shopUrl()) + "/webhooks/relaypay")),
                    new FeeTerms(250, 10),
                    Set.of(),
                    "digital-goods"));
            IssuedKey key = merchants.issueKey(created.merchant().id(), false);
            env.put("RELAYPAY_DEMO_KEY", key.secret());
            env.put("RELAYPAY_WEBHOOK_SECRET", created.webhookSecret());
            log.info("demo merchant {} seeded", created.merchant().id());
            merchantId = created.merchant().id();
        }
        env.put("RELAYPAY_DEMO_MERCHANT", merchantId);
        Path keyFile = properties.dataDir().resolve("demo-agent-key.pem");
        String kid = Optional.ofNullable(existing.get("RELAYPAY_DEMO_AGENT_KID"))
                .filter(k -> reusable && Files.exists(keyFile))
                .flatMap(agentKeys::findActive)
                .filter(k -> k.merchantId().equals(merchantId))
                .map(k -> k.id())
                .orElseGet(() -> newAgentKey(merchantId, keyFile));
        env.put("RELAYPAY_DEMO_AGENT_KID", kid);
        env.put("RELAYPAY_DEMO_AGENT_KEY_FILE", keyFile.toAbsolutePath().toString());
        write(file, env);
    }

    /** A test-mode agent key for the shop's origins; the private half to {@code keyFile}. */
    private String newAgentKey(String merchantId, Path keyFile) {
        KeyPair pair = EcKeys.generate();
        String kid = agentKeys
                .register(new Caller(merchantId, false), EcKeys.encodePublic(pair.getPublic()), shopOrigins())
                .id();
        writePrivate(keyFile, EcKeys.encodePrivatePem(pair.getPrivate()));
        log.info("demo agent key {} seeded for merchant {}", kid, merchantId);
        return kid;
    }

    /** The shop's origin, and its twin under localhost or 127.0.0.1: a browser sends the one typed. */
    private List<String> shopOrigins() {
        URI shop = demo.shopUrl();
        String port = shop.getPort() == -1 ? "" : ":" + shop.getPort();
        List<String> origins = new ArrayList<>();
        origins.add(shop.getScheme() + "://" + shop.getHost() + port);
        if (shop.getHost().equals("127.0.0.1")) {
            origins.add(shop.getScheme() + "://localhost" + port);
        } else if (shop.getHost().equals("localhost")) {
            origins.add(shop.getScheme() + "://127.0.0.1" + port);
        }
        return origins;
    }

    private static void writePrivate(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's ACL applies.
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String trim(URI uri) {
        return uri.toString().replaceAll("/+$", "");
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return values;
        }
        Properties loaded = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            loaded.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded.stringPropertyNames().forEach(name -> values.put(name, loaded.getProperty(name)));
        return values;
    }

    private static void write(Path file, Map<String, String> env) {
        StringBuilder text = new StringBuilder("# Written by ./relaypay demo; source it from scripts.\n");
        env.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's ACL applies.
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
