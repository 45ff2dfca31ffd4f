package io.relaypay.examples.game;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.relaypay.sdk.agent.AgentTokenException;
import io.relaypay.sdk.agent.PaymentToken;
import io.relaypay.sdk.agent.PaymentTokens;
import io.relaypay.sdk.agent.Receipt;
import io.relaypay.sdk.agent.ReceiptKeys;
import io.relaypay.sdk.agent.Receipts;
import io.relaypay.sdk.jose.EcKeys;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The game's server, and the merchant: {@code POST /players} a new player, {@code GET
 * /players/{id}} what they have unlocked, {@code POST /players/{id}/stages/{n}/token} a payment
 * token for a locked stage (signed with the SDK under the game's agent key), {@code POST
 * /players/{id}/stages/{n}/unlock} {@code {receipt}}: the stage unlocks only when the receipt
 * verifies (an interchange receipt key, the nonce of a token issued for this player and stage, the
 * game's merchant id, a success, the stage's price). Players live in memory: it is an example.
 */
public final class GameServer implements AutoCloseable {

    /**
     * How the server runs.
     *
     * @param port its port (0: any free one)
     * @param relaypayUrl the interchange, for its receipt keys
     * @param merchant the game's merchant account id
     * @param kid the game's agent key id
     * @param keyFile the agent key's private half, PKCS#8 PEM
     * @param tokenOrigin the {@code origin} claim of its tokens: one of the key's allowed origins
     */
    public record Settings(int port, URI relaypayUrl, String merchant, String kid, Path keyFile, String tokenOrigin) {}

    private static final Logger log = Logger.getLogger(GameServer.class.getName());
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PLAYER = Pattern.compile("/players/(p_[a-f0-9]{32})");
    private static final Pattern STAGE = Pattern.compile("/players/(p_[a-f0-9]{32})/stages/(\\d{1,2})/(token|unlock)");
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

    private record Player(String name, Set<Integer> unlocked) {}

    private record Issued(String player, int stage, Instant expires) {}

    private final HttpServer http;
    private final Settings settings;
    private final PrivateKey key;
    private final Clock clock;
    private final Map<String, Player> players = new ConcurrentHashMap<>();
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    private GameServer(HttpServer http, Settings settings, PrivateKey key, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.key = key;
        this.clock = clock;
    }

    /** Starts serving on 127.0.0.1. */
    public static GameServer start(Settings settings, Clock clock) throws IOException {
        PrivateKey key = EcKeys.decodePrivatePem(Files.readString(settings.keyFile()));
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", settings.port()), 32);
        GameServer server = new GameServer(http, settings, key, clock);
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        http.createContext("/", server::handle);
        http.start();
        return server;
    }

    /** {@code GameServer --port N --relaypay-url URL --merchant-id acct_… --agent-kid akey_… --agent-key-file F [--token-origin O]}. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int port = Integer.parseInt(options.getOrDefault("--port", "8083"));
        GameServer server = start(
                new Settings(
                        port,
                        URI.create(options.getOrDefault("--relaypay-url", "http://127.0.0.1:8080")),
                        Options.required(options, "--merchant-id"),
                        Options.required(options, "--agent-kid"),
                        Path.of(Options.required(options, "--agent-key-file")),
                        options.getOrDefault("--token-origin", "http://127.0.0.1:" + port)),
                Clock.systemUTC());
        System.out.println("Game server: http://127.0.0.1:" + server.port());
        new CountDownLatch(1).await();
    }

    /** The port it listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Matcher player = PLAYER.matcher(path);
            Matcher stage = STAGE.matcher(path);
            try {
                if (path.equals("/health")) {
                    send(exchange, 200, JSON.createObjectNode().put("status", "ok"));
                } else if (path.equals("/players") && method.equals("POST")) {
                    JsonNode body = JSON.readTree(exchange.getRequestBody().readNBytes(4096));
                    String id = "p_" + UUID.randomUUID().toString().replace("-", "");
                    players.put(
                            id,
                            new Player(body.path("name").asString("player"), new ConcurrentSkipListSet<>(Set.of(1))));
                    send(exchange, 201, player(id));
                } else if (player.matches() && method.equals("GET")) {
                    send(exchange, 200, player(known(player.group(1))));
                } else if (stage.matches() && method.equals("POST")) {
                    String id = known(stage.group(1));
                    Stage wanted = Stage.find(Integer.parseInt(stage.group(2)))
                            .filter(Stage::locked)
                            .orElseThrow(() -> new Refused(404, "no such stage for sale"));
                    if (stage.group(3).equals("token")) {
                        send(exchange, 200, token(id, wanted));
                    } else {
                        JsonNode body = JSON.readTree(exchange.getRequestBody().readNBytes(16 * 1024));
                        unlock(id, wanted, body.path("receipt").asString(""));
                        send(exchange, 200, player(id));
                    }
                } else {
                    throw new Refused(404, "no such resource");
                }
            } catch (Refused e) {
                send(exchange, e.status, JSON.createObjectNode().put("error", e.getMessage()));
            } catch (RuntimeException e) {
                send(exchange, 400, JSON.createObjectNode().put("error", "bad request"));
            }
        }
    }

    private ObjectNode token(String player, Stage stage) {
        if (players.get(player).unlocked().contains(stage.number())) {
            throw new Refused(409, "already unlocked");
        }
        Instant now = Instant.ofEpochSecond(clock.instant().getEpochSecond());
        issued.values().removeIf(i -> i.expires().isBefore(now));
        PaymentToken token = new PaymentToken(
                settings.merchant(),
                stage.price(),
                stage.currency(),
                player + "/stage-" + stage.number(),
                Optional.of("Unlock " + stage.name()),
                settings.tokenOrigin(),
                PaymentTokens.newNonce(),
                now,
                now.plus(TOKEN_LIFETIME));
        issued.put(token.nonce(), new Issued(player, stage.number(), token.expiresAt()));
        ObjectNode answer = JSON.createObjectNode();
        answer.put("token", PaymentTokens.sign(token, settings.kid(), key));
        answer.put("amount", stage.price());
        answer.put("currency", stage.currency());
        return answer;
    }

    private void unlock(String player, Stage stage, String receipt) {
        ReceiptKeys keys;
        try {
            keys = ReceiptKeys.fetch(settings.relaypayUrl());
        } catch (IOException e) {
            throw new Refused(503, "cannot fetch Relaypay's receipt keys");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(503, "interrupted");
        }
        for (Map.Entry<String, Issued> entry : issued.entrySet()) {
            Issued token = entry.getValue();
            if (!token.player().equals(player) || token.stage() != stage.number()) {
                continue;
            }
            Receipt verified;
            try {
                verified = Receipts.verify(receipt, keys, entry.getKey(), settings.merchant());
            } catch (AgentTokenException e) {
                continue;
            }
            if (!verified.succeeded()
                    || verified.amount() != stage.price()
                    || !verified.currency().equals(stage.currency())) {
                throw new Refused(402, "the receipt is not a payment for this stage");
            }
            issued.remove(entry.getKey());
            players.get(player).unlocked().add(stage.number());
            log.info("player=" + player + " stage=" + stage.number() + " unlocked payment=" + verified.payment());
            return;
        }
        log.warning("player=" + player + " stage=" + stage.number() + " receipt refused");
        throw new Refused(402, "the receipt does not verify");
    }

    private String known(String id) {
        if (!players.containsKey(id)) {
            throw new Refused(404, "no such player");
        }
        return id;
    }

    private ObjectNode player(String id) {
        ObjectNode node = JSON.createObjectNode();
        node.put("player", id);
        node.put("name", players.get(id).name());
        var unlocked = node.putArray("unlocked");
        players.get(id).unlocked().forEach(unlocked::add);
        return node;
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A request the server answers with an error status. */
    private static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
