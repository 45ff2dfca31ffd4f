package io.relaypay.bench;

import io.relaypay.testkit.ChildJvm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The interchange as its own JVM, started from {@code interchange/target/classes} and {@code
 * target/runtime-classpath.txt} as {@code ./relaypay serve} starts it, with its output in a log
 * file. Build it first: {@code ./mvnw -B -q -pl interchange,bench -am -DskipTests package}.
 */
final class InterchangeProcess implements AutoCloseable {

    /** The admin API's bearer token in the child. */
    static final String ADMIN_TOKEN = "loadbench-admin";

    private static final Duration START = Duration.ofSeconds(180);

    private final ChildJvm jvm;
    private final URI uri;

    private InterchangeProcess(ChildJvm jvm, URI uri) {
        this.jvm = jvm;
        this.uri = uri;
    }

    /**
     * Starts the interchange on a free port, on {@code schema}, sending through the simulator's
     * SMSCs and billing API, and waits until its health endpoint answers.
     */
    static InterchangeProcess start(
            PaymentLoadOptions options, BenchSchema schema, int northPort, int hubPort, URI simulator, Path logs) {
        try {
            int port = freePort();
            URI uri = URI.create("http://127.0.0.1:" + port);
            Path data = Files.createDirectories(logs.resolve("interchange-data"));
            List<String> jvmOptions = new ArrayList<>(List.of("-Xmx" + options.heap(), "-Xms" + options.heap()));
            options.jfr().ifPresent(jfr -> {
                // Spring's stacks are deeper than JFR's default 64 frames; the entry point is at the bottom.
                jvmOptions.add("-XX:FlightRecorderOptions:stackdepth=256");
                jvmOptions.add("-XX:StartFlightRecording=filename=" + jfr.toAbsolutePath()
                        + ",settings=profile,dumponexit=true");
            });
            List<String> args = List.of(
                    "--server.port=" + port,
                    "--relaypay.public-url=" + uri,
                    "--relaypay.db.url=" + schema.serverUrl(),
                    "--relaypay.db.user=" + schema.user(),
                    "--relaypay.db.password=" + schema.password(),
                    "--relaypay.db.pool-size=" + options.poolSize(),
                    "--relaypay.data-dir=" + data,
                    "--relaypay.admin-token=" + ADMIN_TOKEN,
                    "--relaypay.webhooks.allow-private-addresses=true",
                    "--relaypay.channels.smsc-north.port=" + northPort,
                    "--relaypay.channels.smsc-hub.port=" + hubPort,
                    "--relaypay.routing.controllers.smsc-north.max-per-second=" + options.smscRate(),
                    "--relaypay.routing.controllers.smsc-hub.max-per-second=" + options.smscRate(),
                    "--relaypay.funds.billing-url=" + simulator + "/carrier-billing/v0");
            // SIGTERM and a long grace on close, so the flight recording is written.
            ChildJvm jvm = ChildJvm.start(new ChildJvm.Spec(
                    "interchange",
                    options.root().resolve("interchange"),
                    "io.relaypay.interchange.InterchangeApplication",
                    jvmOptions,
                    args,
                    Map.of(),
                    logs.resolve("interchange.log"),
                    Duration.ofSeconds(60)));
            try {
                jvm.awaitHttp(uri.resolve("/actuator/health"), START);
            } catch (RuntimeException e) {
                jvm.close();
                throw e;
            }
            return new InterchangeProcess(jvm, uri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the interchange", e);
        }
    }

    URI uri() {
        return uri;
    }

    long pid() {
        return jvm.pid();
    }

    /** CPU time the interchange JVM has used so far, all threads, in nanoseconds. */
    long cpuNanos() {
        return jvm.cpuNanos();
    }

    /** Stops the JVM (SIGTERM, so a flight recording is written), forcibly after 60 s. */
    @Override
    public void close() {
        jvm.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
