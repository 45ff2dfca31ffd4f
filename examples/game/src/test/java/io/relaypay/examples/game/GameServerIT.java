package io.relaypay.examples.game;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.relaypay.sdk.agent.Receipt;
import io.relaypay.sdk.agent.Receipts;
import io.relaypay.sdk.jose.EcKeys;
import io.relaypay.sdk.jose.Jws;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The game server unlocks a stage only for a receipt that verifies: signed by an interchange receipt
 * key it fetched, for the nonce of a token it issued for this player and stage, a success, the
 * stage's price. The interchange's receipt keys come from a small HTTP stand-in here; the whole
 * flow against the real interchange and agent is in system-tests (GameUnlockSystemIT).
 */
class GameServerIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String MERCHANT = "acct_game";

    @TempDir
    Path dir;

    KeyPair gameKey = EcKeys.generate();
    KeyPair receiptKey = EcKeys.generate();
    HttpServer interchange;
    GameServer game;
    HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        interchange = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        interchange.createContext("/v1/receipt_keys", exchange -> {
            byte[] body = ("{\"keys\":[{\"kid\":\"rkey_1\",\"public_key\":\""
                            + EcKeys.encodePublic(receiptKey.getPublic()) + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        interchange.start();
        Path keyFile = dir.resolve("game-key.pem");
        Files.writeString(keyFile, EcKeys.encodePrivatePem(gameKey.getPrivate()));
        game = GameServer.start(
                new GameServer.Settings(
                        0,
                        URI.create(
                                "http://127.0.0.1:" + interchange.getAddress().getPort()),
                        MERCHANT,
                        "akey_game",
                        keyFile,
                        "http://127.0.0.1:8083"),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        game.close();
        interchange.stop(0);
    }

    @Test
    void verifiedReceiptUnlocksTheStage() throws Exception {
        String player = newPlayer();
        String nonce = nonceOf(token(player));

        JsonNode answer = unlock(player, receipt(nonce, "succeeded", 199, receiptKey));

        assertThat(answer.get("unlocked").toString()).isEqualTo("[1,2]");
    }

    @Test
    void tamperedReceiptIsRefused() throws Exception {
        String player = newPlayer();
        String receipt = receipt(nonceOf(token(player)), "failed", 199, receiptKey);
        String[] parts = receipt.split("\\.");
        String forged =
                receipt(nonceOf(token(player)), "succeeded", 199, receiptKey).split("\\.")[1];

        assertThat(unlockStatus(player, parts[0] + "." + forged + "." + parts[2]))
                .isEqualTo(402);
        assertThat(unlocked(player)).isEqualTo("[1]");
    }

    @Test
    void receiptSignedByAnotherKeyIsRefused() throws Exception {
        String player = newPlayer();

        assertThat(unlockStatus(player, receipt(nonceOf(token(player)), "succeeded", 199, EcKeys.generate())))
                .isEqualTo(402);
        assertThat(unlocked(player)).isEqualTo("[1]");
    }

    @Test
    void receiptOfAnotherPlayersTokenIsRefused() throws Exception {
        String player = newPlayer();
        String other = newPlayer();
        token(player);

        assertThat(unlockStatus(player, receipt(nonceOf(token(other)), "succeeded", 199, receiptKey)))
                .isEqualTo(402);
        assertThat(unlocked(player)).isEqualTo("[1]");
    }

    @Test
    void failedOrCheaperPaymentDoesNotUnlock() throws Exception {
        String player = newPlayer();

        assertThat(unlockStatus(player, receipt(nonceOf(token(player)), "failed", 199, receiptKey)))
                .isEqualTo(402);
        assertThat(unlockStatus(player, receipt(nonceOf(token(player)), "succeeded", 1, receiptKey)))
                .isEqualTo(402);
        assertThat(unlocked(player)).isEqualTo("[1]");
    }

    private String newPlayer() throws Exception {
        return post("/players", "{\"name\":\"ana\"}").body().get("player").asString();
    }

    private String token(String player) throws Exception {
        return post("/players/" + player + "/stages/2/token", "")
                .body()
                .get("token")
                .asString();
    }

    private static String nonceOf(String token) {
        return JSON.readTree(Jws.readUnverified(token).claims()).get("nonce").asString();
    }

    private static String receipt(String nonce, String status, long amount, KeyPair key) {
        return Receipts.sign(
                new Receipt("pay_1", status, MERCHANT, amount, "EUR", "ref", nonce, Optional.empty(), Instant.now()),
                "rkey_1",
                key.getPrivate());
    }

    private JsonNode unlock(String player, String receipt) throws Exception {
        Answer answer = post("/players/" + player + "/stages/2/unlock", "{\"receipt\":\"" + receipt + "\"}");
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private int unlockStatus(String player, String receipt) throws Exception {
        return post("/players/" + player + "/stages/2/unlock", "{\"receipt\":\"" + receipt + "\"}")
                .status();
    }

    private String unlocked(String player) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(url("/players/" + player)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("unlocked").toString();
    }

    record Answer(int status, JsonNode body) {}

    private Answer post(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(url(path))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + game.port() + path);
    }
}
