package io.relaypay.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings come from options, then the environment, then defaults; bad ones are refused clearly. */
class ShopConfigTest {

    private static final Map<String, String> KEY_ONLY = Map.of("RELAYPAY_DEMO_KEY", "sk_test_k");

    @Test
    void defaultsMatchTheDocumentedPortsAndPaths() {
        ShopConfig config = ShopConfig.parse(new String[0], KEY_ONLY);

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8082);
        assertThat(config.relaypayUrl()).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(config.webhookSecret()).isEmpty();
        assertThat(config.publicUrl()).isEmpty();
        assertThat(config.dbUrl()).isEqualTo("jdbc:h2:file:./data/shop/shop");
    }

    @Test
    void theEnvironmentSetsEverySetting() {
        ShopConfig config = ShopConfig.parse(
                new String[0],
                Map.of(
                        "RELAYPAY_URL", "http://relaypay.test:9000/",
                        "RELAYPAY_DEMO_KEY", "sk_test_env",
                        "RELAYPAY_WEBHOOK_SECRET", "whsec_env",
                        "SHOP_PUBLIC_URL", "https://shop.example",
                        "SHOP_PORT", "9082",
                        "SHOP_DB_URL", "jdbc:h2:mem:x"));

        assertThat(config.relaypayUrl()).isEqualTo(URI.create("http://relaypay.test:9000"));
        assertThat(config.apiKey()).isEqualTo("sk_test_env");
        assertThat(config.webhookSecret()).contains("whsec_env");
        assertThat(config.publicUrl()).contains(URI.create("https://shop.example"));
        assertThat(config.port()).isEqualTo(9082);
        assertThat(config.dbUrl()).isEqualTo("jdbc:h2:mem:x");
    }

    @Test
    void optionsWinOverTheEnvironmentInEitherSpelling() {
        ShopConfig config = ShopConfig.parse(
                new String[] {"--port", "9100", "--api-key=sk_test_arg"},
                Map.of("SHOP_PORT", "9082", "RELAYPAY_DEMO_KEY", "sk_test_env"));

        assertThat(config.port()).isEqualTo(9100);
        assertThat(config.apiKey()).isEqualTo("sk_test_arg");
    }

    @Test
    void badSettingsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> ShopConfig.parse(new String[0], Map.of())).hasMessageContaining("RELAYPAY_DEMO_KEY");
        assertThatThrownBy(() -> ShopConfig.parse(new String[] {"--colour", "red"}, KEY_ONLY))
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> ShopConfig.parse(new String[] {"--port"}, KEY_ONLY))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> ShopConfig.parse(new String[] {"--port", "eighty"}, KEY_ONLY))
                .hasMessageContaining("--port");
        assertThatThrownBy(() -> ShopConfig.parse(new String[] {"--relaypay-url", "ftp://x"}, KEY_ONLY))
                .hasMessageContaining("--relaypay-url");
        assertThatThrownBy(() -> ShopConfig.parse(new String[] {"--db-url", "jdbc:postgresql://x/y"}, KEY_ONLY))
                .hasMessageContaining("H2");
    }

    @Test
    void helpListsEveryOptionAndItsVariable() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ShopMain.Result result = ShopMain.run(
                new String[] {"--help"}, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(result).isEqualTo(ShopMain.Result.HELPED);
        assertThat(result.exitStatus).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("--port", "SHOP_PORT", "8082")
                .contains("--relaypay-url", "RELAYPAY_URL", "http://127.0.0.1:8080")
                .contains("--api-key", "RELAYPAY_DEMO_KEY")
                .contains("--webhook-secret", "RELAYPAY_WEBHOOK_SECRET")
                .contains("--public-url", "SHOP_PUBLIC_URL", "http://127.0.0.1:8082")
                .contains("--db-url", "SHOP_DB_URL", "./data/shop");
    }

    @Test
    void aBadOptionExitsWithStatusTwoAndTheUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        ShopMain.Result result = ShopMain.run(
                new String[] {"--nope"}, KEY_ONLY, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(result.exitStatus).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown option --nope")
                .contains("Usage:");
    }

    @Test
    void agentCheckoutNeedsMerchantKeyIdAndKeyFile() {
        assertThat(ShopConfig.parse(new String[] {"--merchant-id", "mer_1", "--agent-kid", "akey_1"}, KEY_ONLY)
                        .agent())
                .isEmpty();

        ShopConfig config = ShopConfig.parse(
                new String[0],
                Map.of(
                        "RELAYPAY_DEMO_KEY", "sk_test_k",
                        "RELAYPAY_DEMO_MERCHANT", "mer_1",
                        "RELAYPAY_DEMO_AGENT_KID", "akey_1",
                        "RELAYPAY_DEMO_AGENT_KEY_FILE", "/tmp/key.pem"));

        assertThat(config.agent()).hasValueSatisfying(agent -> {
            assertThat(agent.merchant()).isEqualTo("mer_1");
            assertThat(agent.kid()).isEqualTo("akey_1");
            assertThat(agent.agentUrl()).isEqualTo(URI.create("http://127.0.0.1:47650"));
        });
    }
}
