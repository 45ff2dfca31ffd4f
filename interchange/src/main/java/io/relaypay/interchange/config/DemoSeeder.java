package io.relaypay.interchange.config;

import io.relaypay.interchange.merchants.FeeTerms;
import io.relaypay.interchange.merchants.IssuedKey;
import io.relaypay.interchange.merchants.MerchantService;
import io.relaypay.interchange.merchants.NewMerchant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
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
 */
final class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private final MerchantService merchants;
    private final RelaypayProperties properties;
    private final DemoProperties demo;

    DemoSeeder(MerchantService merchants, RelaypayProperties properties, DemoProperties demo) {
        this.merchants = merchants;
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
        if (reusable) {
            env.put("RELAYPAY_DEMO_KEY", existing.get("RELAYPAY_DEMO_KEY"));
            env.put("RELAYPAY_WEBHOOK_SECRET", existing.getOrDefault("RELAYPAY_WEBHOOK_SECRET", ""));
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
        }
        write(file, env);
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
