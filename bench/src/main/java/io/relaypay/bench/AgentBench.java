package io.relaypay.bench;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The agent's own costs, not a timed test: start to listening, resident memory after payments, and
 * the time a payment spends in the agent (Host/Origin gates, token check, nonce, prompt hand-off,
 * PIN sealing, device signature, receipt relay) with a scripted prompt and an interchange stand-in
 * that answers at once, its own time subtracted. Build first: {@code ./mvnw -B -q -pl agent,bench -am
 * -DskipTests package}; run from the repository root: {@code java -cp bench/target/benchmarks.jar
 * io.relaypay.bench.AgentBench [--payments N] [--starts N]}.
 */
public final class AgentBench {

    /** The agent's class-data archive, as the launcher keeps it: made by the first start, used by the next. */
    private static final String CDS = "agent/target/agent.jsa";
    /** The agent's JVM flags and environment, shared with the launcher and the installed service. */
    private static final String JVM_OPTIONS = "agent/src/main/resources/io/relaypay/agent/install/agent.jvm-options";
    /** {@code ScriptedPrompt.TEST_SWITCH}: the agent takes {@code --prompt scripted} only with it. */
    private static final String SCRIPTED_PROMPT_SWITCH = "relaypay.agent.test-prompts";

    /** Flags the run adds to every agent JVM (the stand-in's trust store with {@code https}). */
    private static final List<String> agentFlags = new ArrayList<>();

    private static String interchangeUrl;

    private AgentBench() {}

    /** Runs the measurements and prints them as markdown. */
    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int payments = intOption(args, "--payments", 2000);
        int starts = intOption(args, "--starts", 5);
        Path root = Path.of(".").toAbsolutePath().normalize();
        String classpath = root.resolve("agent/target/relaypay-agent-0.1.0-SNAPSHOT.jar")
                + java.io.File.pathSeparator
                + Files.readString(root.resolve("agent/target/runtime-classpath.txt"))
                        .trim();
        // An archive older than the jar is refused (class path mismatch) and, on JDK 25, not made anew by
        // AutoCreateSharedArchive: the agent would run without it. Start from none, as a fresh install
        // does; the first agent JVM (the enroll) makes it.
        Files.deleteIfExists(root.resolve(CDS));
        AgentStandIn standIn = new AgentStandIn();
        Path dir = Files.createTempDirectory("relaypay-agent-bench");
        // -Dagent.bench.https=true: the stand-in speaks TLS as the interchange does in production,
        // so the agent loads its TLS stack; plain http measures the agent alone.
        HttpServer interchange;
        if (Boolean.getBoolean("agent.bench.https")) {
            BenchTls tls = BenchTls.create(dir);
            interchange = tls.server();
            agentFlags.addAll(tls.clientFlags());
        } else {
            interchange = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        }
        standIn.serveOn(interchange);
        interchangeUrl = (interchange instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:"
                + interchange.getAddress().getPort();
        try {
            Path script = dir.resolve("script");
            Files.writeString(script, "pin 1234\n");
            Path config = dir.resolve("config");
            enroll(classpath, config);

            Histogram startMillis = new Histogram(3);
            for (int i = 0; i < starts; i++) {
                int port = freePort();
                long t0 = System.nanoTime();
                Process agent = startAgent(classpath, port, config, script, dir);
                awaitListening(port, agent);
                startMillis.recordValue((System.nanoTime() - t0) / 1_000_000);
                stop(agent);
            }

            int port = freePort();
            Process agent = startAgent(classpath, port, config, script, dir);
            awaitListening(port, agent);
            HttpClient http = HttpClient.newHttpClient();
            Histogram overheadMicros = new Histogram(3);
            Histogram totalMicros = new Histogram(3);
            int warmup = Math.max(200, payments / 5);
            for (int i = 0; i < warmup + payments; i++) {
                String token = standIn.token();
                standIn.resetSpent();
                long t0 = System.nanoTime();
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/payments?merchant="
                                        + AgentStandIn.MERCHANT + "&kid=" + AgentStandIn.KID))
                                .header("Origin", AgentStandIn.ORIGIN)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                long total = System.nanoTime() - t0;
                if (response.statusCode() != 200 || !response.body().contains("succeeded")) {
                    throw new IllegalStateException("payment failed: " + response.statusCode() + " " + response.body());
                }
                if (i >= warmup) {
                    totalMicros.recordValue(total / 1000);
                    overheadMicros.recordValue(Math.max(0, total - standIn.spentNanos()) / 1000);
                }
            }
            long rssKb = status(agent.pid(), "VmRSS:");
            long anonKb = status(agent.pid(), "RssAnon:");
            long fileKb = status(agent.pid(), "RssFile:");
            if (Boolean.getBoolean("agent.bench.nmt")) {
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                        .toString(),
                                "" + agent.pid(),
                                "VM.native_memory",
                                "summary")
                        .inheritIO()
                        .start()
                        .waitFor();
            }
            stop(agent);

            System.out.println("| Measure | Result |");
            System.out.println("|---|---|");
            System.out.printf(
                    "| start to listening (process launch to accepted TCP connection), %d starts | min %d ms, median %d ms, max %d ms |%n",
                    starts, startMillis.getMinValue(), startMillis.getValueAtPercentile(50), startMillis.getMaxValue());
            System.out.printf(
                    "| RSS after %d payments | %d MB (%d kB): %d MB private (RssAnon), %d MB file-backed and shared"
                            + " (RssFile: libjvm, the JDK's modules and the class-data archive) |%n",
                    warmup + payments, rssKb / 1024, rssKb, anonKb / 1024, fileKb / 1024);
            System.out.printf(
                    "| agent overhead per payment (round trip minus the interchange's time), %d payments | p50 %.2f ms, p99 %.2f ms, max %.2f ms |%n",
                    payments,
                    overheadMicros.getValueAtPercentile(50) / 1000.0,
                    overheadMicros.getValueAtPercentile(99) / 1000.0,
                    overheadMicros.getMaxValue() / 1000.0);
            System.out.printf(
                    "| round trip incl. the stand-in interchange | p50 %.2f ms, p99 %.2f ms |%n",
                    totalMicros.getValueAtPercentile(50) / 1000.0, totalMicros.getValueAtPercentile(99) / 1000.0);
        } finally {
            interchange.stop(0);
        }
    }

    /**
     * The agent's JVM as {@code ./relaypay agent} and the installed service start it, from the same
     * {@code agent.jvm-options}; the test-only switch lets it take the scripted prompt.
     */
    private static List<String> agentCommand(String classpath) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String line : Files.readAllLines(Path.of(JVM_OPTIONS))) {
            String flag = line.strip();
            if (!flag.isEmpty() && !flag.startsWith("#") && !flag.startsWith("env ")) {
                command.add(flag.replace("{archive}", CDS));
            }
        }
        if (Boolean.getBoolean("agent.bench.nocds")) {
            command.removeIf(flag -> flag.contains("SharedArchive"));
        }
        command.addAll(agentFlags);
        String extra = System.getProperty("agent.bench.jvm", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(
                List.of("-D" + SCRIPTED_PROMPT_SWITCH + "=true", "-cp", classpath, "io.relaypay.agent.AgentMain"));
        return command;
    }

    /** The {@code env NAME=VALUE} lines of {@code agent.jvm-options}. */
    private static void agentEnvironment(Map<String, String> environment) throws IOException {
        for (String line : Files.readAllLines(Path.of(JVM_OPTIONS))) {
            if (line.strip().startsWith("env ")) {
                String[] pair = line.strip().substring(4).strip().split("=", 2);
                environment.put(pair[0], pair[1]);
            }
        }
    }

    private static Process startAgent(String classpath, int port, Path config, Path script, Path dir)
            throws IOException {
        List<String> command = agentCommand(classpath);
        command.addAll(List.of(
                "run",
                "--port",
                "" + port,
                "--config-dir",
                config.toString(),
                "--interchange-url",
                interchangeUrl,
                "--prompt",
                "scripted",
                "--prompt-script",
                script.toString(),
                "--rate-limit",
                "100000"));
        ProcessBuilder builder = new ProcessBuilder(command);
        agentEnvironment(builder.environment());
        return builder.redirectErrorStream(true)
                .redirectOutput(dir.resolve("agent.log").toFile())
                .start();
    }

    /** Enrolls through the agent's own CLI against the stand-in, which accepts code 123456. */
    private static void enroll(String classpath, Path config) throws Exception {
        List<String> command = agentCommand(classpath);
        command.addAll(List.of(
                "enroll",
                "--phone",
                "+4915100000001",
                "--config-dir",
                config.toString(),
                "--interchange-url",
                interchangeUrl));
        ProcessBuilder builder = new ProcessBuilder(command);
        agentEnvironment(builder.environment());
        Process enroll = builder.redirectErrorStream(true).start();
        try (OutputStream in = enroll.getOutputStream()) {
            in.write("123456\n".getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(enroll.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!enroll.waitFor(60, TimeUnit.SECONDS) || enroll.exitValue() != 0) {
            throw new IllegalStateException("enroll failed: " + output);
        }
    }

    private static void awaitListening(int port, Process agent) throws InterruptedException {
        while (true) {
            if (!agent.isAlive()) {
                throw new IllegalStateException("agent exited with " + agent.exitValue());
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                if (socket.isConnected()) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(1);
            }
        }
    }

    private static void stop(Process agent) throws InterruptedException {
        agent.destroy();
        if (!agent.waitFor(10, TimeUnit.SECONDS)) {
            agent.destroyForcibly().waitFor();
        }
    }

    private static long status(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
