package io.relaypay.interchange.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.sdk.agent.PaymentToken;
import io.relaypay.sdk.agent.PaymentTokens;
import io.relaypay.sdk.jose.EcKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The demo seeder gives the demo merchant a test-mode agent key the demo shop can sign tokens with. */
class DemoAgentKeyIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange().with("relaypay.demo.enabled", "true");

    @Test
    void theDemoShopCanSignTokensTheInterchangeAccepts() throws Exception {
        Path dataDir = server.bean(RelaypayProperties.class).dataDir();
        Properties env = new Properties();
        try (var reader = Files.newBufferedReader(dataDir.resolve("demo.env"))) {
            env.load(reader);
        }
        String merchant = env.getProperty("RELAYPAY_DEMO_MERCHANT");
        String kid = env.getProperty("RELAYPAY_DEMO_AGENT_KID");
        Path keyFile = Path.of(env.getProperty("RELAYPAY_DEMO_AGENT_KEY_FILE"));

        assertThat(merchant).startsWith("mer_");
        assertThat(kid).startsWith("akey_");
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        Http.Response key = server.anonymous().get("/agent/v1/keys/" + merchant + "/" + kid);
        assertThat(key.status()).isEqualTo(200);
        assertThat(key.json().get("livemode").asBoolean()).isFalse();
        assertThat(key.json().get("allowed_origins").valueStream().map(n -> n.asString()))
                .containsExactly("http://127.0.0.1:8082", "http://localhost:8082");
        String token = PaymentTokens.create(
                kid,
                EcKeys.decodePrivatePem(Files.readString(keyFile)),
                merchant,
                100,
                "EUR",
                "demo-1",
                Optional.empty(),
                "http://127.0.0.1:8082",
                Duration.ofMinutes(5),
                Clock.systemUTC());
        PaymentToken claims = PaymentTokens.verify(
                token, k -> Optional.of(EcKeys.decodePublic(key.text("public_key"))), Clock.systemUTC());
        assertThat(claims.merchant()).isEqualTo(merchant);
    }
}
