package io.relaypay.examples.game;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The player's program, a console game. It plays the free stage, reaches the locked one, and pays
 * for it through the local agent as a paired native app: it asks the game server for a token, gives
 * it to the agent (which prompts the player for the PIN in its own window), and hands the receipt
 * to the game server, which unlocks the stage. The game never sees the PIN.
 */
public final class GameClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI game;
    private final URI agent;
    private final Path pairingFile;
    private final PrintStream out;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    GameClient(URI game, URI agent, Path pairingFile, PrintStream out) {
        this.game = game;
        this.agent = agent;
        this.pairingFile = pairingFile;
        this.out = out;
    }

    /** {@code GameClient --game-url URL [--agent-url URL] [--pairing-file F] [--name N] [--yes]}; exit 0 when stage 2 was played. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        GameClient client = new GameClient(
                URI.create(options.getOrDefault("--game-url", "http://127.0.0.1:8083")),
                URI.create(options.getOrDefault("--agent-url", "http://127.0.0.1:47650")),
                Path.of(options.getOrDefault(
                        "--pairing-file", System.getProperty("user.home") + "/.relaypay-game-pairing")),
                System.out);
        boolean yes = options.containsKey("--yes");
        BufferedReader console = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.exit(
                client.play(
                                options.getOrDefault("--name", "player"),
                                () -> yes || "y".equalsIgnoreCase(console.readLine()))
                        ? 0
                        : 1);
    }

    /** Asks the player a yes/no question. */
    @FunctionalInterface
    interface Answer {
        boolean yes() throws IOException;
    }

    boolean play(String name, Answer buy) throws IOException, InterruptedException {
        JsonNode player =
                call("POST", game.resolve("/players"), "{\"name\":" + JSON.writeValueAsString(name) + "}", null);
        String id = player.get("player").asString();
        out.println("Stage 1, " + Stage.ALL.get(0).name() + ": you cross the meadow and reach a cave.");
        Stage caves = Stage.ALL.get(1);
        out.printf(
                "Stage 2, %s, is locked. Unlock it for %.2f %s? [y/N] ",
                caves.name(), caves.price() / 100.0, caves.currency());
        out.flush();
        if (!buy.yes()) {
            out.println("Maybe later.");
            return false;
        }
        String pairing = pairing();
        JsonNode token = call("POST", game.resolve("/players/" + id + "/stages/2/token"), "", null);
        out.println("Confirm the payment with your PIN in the Relaypay agent window.");
        JsonNode paid = call(
                "POST",
                agent.resolve("/v1/payments"),
                "{\"token\":\"" + token.get("token").asString() + "\"}",
                pairing);
        if (!"succeeded".equals(paid.path("status").asString())) {
            out.println("Not paid (" + paid.path("status").asString() + "): the stage stays locked.");
            return false;
        }
        JsonNode unlocked = call(
                "POST",
                game.resolve("/players/" + id + "/stages/2/unlock"),
                "{\"receipt\":\"" + paid.get("receipt").asString() + "\"}",
                null);
        for (JsonNode stage : unlocked.get("unlocked")) {
            if (stage.asInt() == 2) {
                out.println("Stage 2, " + caves.name() + ": unlocked. You light a torch and walk in.");
                return true;
            }
        }
        out.println("The game server did not unlock the stage.");
        return false;
    }

    /** The agent's pairing token for this game, asking the agent (and so the player) once. */
    private String pairing() throws IOException, InterruptedException {
        if (Files.isRegularFile(pairingFile)) {
            return Files.readString(pairingFile).strip();
        }
        out.println("Allow this game to request payments in the Relaypay agent window.");
        JsonNode pairing = call("POST", agent.resolve("/v1/pairings"), "{\"app_name\":\"Relaypay Dungeon\"}", null);
        String token = pairing.get("pairing_token").asString();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(
                    pairingFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(pairingFile, token);
        return token;
    }

    private JsonNode call(String method, URI url, String body, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofMinutes(3))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(url.getPath() + " answered " + response.statusCode() + ": "
                    + answer.path("detail").asString(answer.path("error").asString(response.body())));
        }
        return answer;
    }
}
