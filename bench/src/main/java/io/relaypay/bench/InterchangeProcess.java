package io.relaypay.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The interchange as its own JVM, started from {@code interchange/target/classes} and {@code
 * target/runtime-classpath.txt} as {@code ./relaypay serve} starts it, with its output in a log
 * file. Build it first: {@code ./mvnw -B -q -pl interchange,bench -am -DskipTests package}.
 */
final class InterchangeProcess implements AutoCloseable {

    /** The admin API's bearer token in the child. */
    static final String ADMIN_TOKEN = "loadbench-admin";

    private static final Duration START = Duration.ofSeconds(180);

    private final Process process;
    private final URI uri;
    private final Path log;

    private InterchangeProcess(Process process, URI uri, Path log) {
        this.process = process;
        this.uri = uri;
        this.log = log;
    }

    /**
     * Starts the interchange on a free port, on {@code schema}, sending through the simulator's
     * SMSCs and billing API, and waits until its health endpoint answers.
     */
    static InterchangeProcess start(
            PaymentLoadOptions options, BenchSchema schema, int northPort, int hubPort, URI simulator, Path logs) {
        Path module = options.root().resolve("interchange");
        Path classpathFile = module.resolve("target/runtime-classpath.txt");
        if (!Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException(classpathFile + " is missing: build with ./mvnw -B -q -pl interchange,bench"
                    + " -am -DskipTests package, and run from the repository root or give --root");
        }
        try {
            int port = freePort();
            URI uri = URI.create("http://127.0.0.1:" + port);
            Path data = Files.createDirectories(logs.resolve("interchange-data"));
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx" + options.heap());
            command.add("-Xms" + options.heap());
            options.jfr().ifPresent(jfr -> {
                // Spring's stacks are deeper than JFR's default 64 frames; the entry point is at the bottom.
                command.add("-XX:FlightRecorderOptions:stackdepth=256");
                command.add("-XX:StartFlightRecording=filename=" + jfr.toAbsolutePath()
                        + ",settings=profile,dumponexit=true");
            });
            command.add("-cp");
            command.add(module.resolve("target/classes")
                    + File.pathSeparator
                    + Files.readString(classpathFile).trim());
            command.add("io.relaypay.interchange.InterchangeApplication");
            command.addAll(List.of(
                    "--server.port=" + port,
                    "--relaypay.public-url=" + uri,
                    "--relaypay.db.url=" + schema.serverUrl(),
                    "--relaypay.db.user=" + schema.user(),
                    "--relaypay.db.password=" + schema.password(),
                    "--relaypay.db.pool-size=" + options.poolSize(),
                    "--relaypay.data-dir=" + data,
                    "--relaypay.admin-token=" + ADMIN_TOKEN,
                    "--relaypay.channels.smsc-north.port=" + northPort,
                    "--relaypay.channels.smsc-hub.port=" + hubPort,
                    "--relaypay.routing.controllers.smsc-north.max-per-second=" + options.smscRate(),
                    "--relaypay.routing.controllers.smsc-hub.max-per-second=" + options.smscRate(),
                    "--relaypay.funds.billing-url=" + simulator + "/carrier-billing/v0"));
            Path log = logs.resolve("interchange.log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            InterchangeProcess started = new InterchangeProcess(process, uri, log);
            try {
                started.awaitHealthy();
            } catch (RuntimeException e) {
                started.close();
                throw e;
            }
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the interchange", e);
        }
    }

    URI uri() {
        return uri;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the interchange JVM has used so far, all threads, in nanoseconds. */
    long cpuNanos() {
        return process.toHandle()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(0L);
    }

    private void awaitHealthy() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the interchange exited with " + process.exitValue() + "; see " + log + ":\n" + tail());
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(uri.resolve("/actuator/health"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
        }
        throw new IllegalStateException("the interchange did not become healthy in " + START + "; see " + log);
    }

    /** The end of the log, for errors. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops the JVM (SIGTERM, so a flight recording is written), forcibly after 60 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
