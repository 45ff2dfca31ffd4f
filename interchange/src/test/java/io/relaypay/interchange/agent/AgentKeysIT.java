package io.relaypay.interchange.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.sdk.agent.ReceiptKeys;
import io.relaypay.sdk.jose.Base64Url;
import io.relaypay.sdk.jose.EcKeys;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The merchant agent-key API over real HTTP: registration with exact origins, listing, revocation,
 * per-merchant isolation; and the public receipt keys, which stay listed across a rotation.
 */
class AgentKeysIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange();

    static TestMerchant shop;
    static TestMerchant other;

    @BeforeAll
    static void merchants() {
        shop = server.newMerchant("Key Shop");
        other = server.newMerchant("Other Shop");
    }

    static Http.Response register(TestMerchant merchant, String publicKey, List<String> origins) {
        return merchant.api().post("/v1/agent_keys", Map.of("public_key", publicKey, "allowed_origins", origins));
    }

    static String newKey() {
        return EcKeys.encodePublic(EcKeys.generate().getPublic());
    }

    @Test
    void aKeyIsRegisteredWithItsOrigins() {
        String key = newKey();

        Http.Response created = register(shop, key, List.of("https://shop.example", "http://127.0.0.1:8082"));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("id")).startsWith("akey_");
        assertThat(created.text("object")).isEqualTo("agent_key");
        assertThat(created.text("public_key")).isEqualTo(key);
        assertThat(created.json().get("allowed_origins").valueStream().map(JsonNode::asString))
                .containsExactly("https://shop.example", "http://127.0.0.1:8082");
        assertThat(created.json().get("created").asLong()).isPositive();
        assertThat(shop.api()
                        .get("/v1/agent_keys")
                        .json()
                        .get("data")
                        .valueStream()
                        .map(n -> n.get("id").asString()))
                .contains(created.text("id"));
        assertThat(other.api()
                        .get("/v1/agent_keys")
                        .json()
                        .get("data")
                        .valueStream()
                        .map(n -> n.get("id").asString()))
                .doesNotContain(created.text("id"));
    }

    @Test
    void originsMustBeExactSchemeHostAndPort() {
        for (String bad : List.of(
                "https://shop.example/",
                "https://shop.example/pay",
                "https://shop.example?x=1",
                "https://*.shop.example",
                "*",
                "null",
                "ftp://shop.example",
                "file:///tmp",
                "shop.example",
                "https://Shop.Example",
                "https://shop.example:443",
                "http://shop.example:80",
                "https://user@shop.example",
                "")) {
            Http.Response refused = register(shop, newKey(), List.of(bad));
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.problem()).isEqualTo("invalid-request");
            assertThat(refused.text("param")).isEqualTo("allowed_origins");
        }
        assertThat(register(shop, newKey(), List.of()).status()).isEqualTo(400);
        assertThat(register(shop, newKey(), List.of("https://shop.example:8443", "http://localhost:3000"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void onlyP256PublicKeysAreAccepted() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String rsaKey = Base64Url.encode(rsa.generateKeyPair().getPublic().getEncoded());

        for (String bad : List.of(rsaKey, "AAAA", "not base64!")) {
            Http.Response refused = register(shop, bad, List.of("https://shop.example"));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text("param")).isEqualTo("public_key");
        }
    }

    @Test
    void aKeyIsRevokedOnlyByItsMerchant() {
        String id = register(shop, newKey(), List.of("https://shop.example")).text("id");

        assertThat(other.api()
                        .post("/v1/agent_keys/" + id + "/revoke", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(server.anonymous()
                        .get("/agent/v1/keys/" + shop.id() + "/" + id)
                        .status())
                .isEqualTo(200);

        Http.Response revoked = shop.api().post("/v1/agent_keys/" + id + "/revoke", Map.of());

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("revoked").asLong()).isPositive();
        assertThat(server.anonymous()
                        .get("/agent/v1/keys/" + shop.id() + "/" + id)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theKeyApiNeedsAMerchantKey() {
        assertThat(server.anonymous().get("/v1/agent_keys").status()).isEqualTo(401);
    }

    @Test
    void receiptKeysArePublicAndOldOnesStayListedAfterARotation() throws Exception {
        Http.Response before = server.anonymous().get("/v1/receipt_keys");
        assertThat(before.status()).isEqualTo(200);
        String oldKid = before.json().get("keys").get(0).get("kid").asString();
        assertThat(oldKid).startsWith("rk_");

        String newKid =
                server.bean(ServerKeys.class).rotate(ServerKey.Purpose.RECEIPT).kid();

        ReceiptKeys keys = ReceiptKeys.fetch(server.base());
        assertThat(keys.resolve(newKid)).isPresent();
        assertThat(keys.resolve(oldKid)).isPresent();
        assertThat(server.anonymous()
                        .get("/v1/receipt_keys")
                        .json()
                        .get("keys")
                        .get(0)
                        .get("kid")
                        .asString())
                .isEqualTo(newKid);
        assertThat(server.bean(ServerKeys.class)
                        .current(ServerKey.Purpose.RECEIPT)
                        .kid())
                .isEqualTo(newKid);
    }

    @Test
    void serverPrivateKeysAreStoredSealed() {
        List<String> sealed = server.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT private_key_sealed FROM agent_server_keys")
                .query(String.class)
                .list();
        assertThat(sealed).isNotEmpty().allSatisfy(s -> assertThat(s).startsWith("v1:"));
    }
}
