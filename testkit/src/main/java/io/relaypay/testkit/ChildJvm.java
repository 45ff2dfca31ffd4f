package io.relaypay.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * One Relaypay module's main class as a JVM of its own, started from the module's build output
 * ({@code target/classes} plus {@code target/runtime-classpath.txt}) exactly as {@code ./relaypay}
 * starts it, with its output in a log file. Used by the system tests and the load runs, which need
 * the parts as separate processes talking over real sockets.
 */
public final class ChildJvm implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;
    private final Duration stopGrace;

    private ChildJvm(String name, Process process, Path log, Duration stopGrace) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.stopGrace = stopGrace;
    }

    /**
     * What to start.
     *
     * @param name for logs and messages, e.g. {@code interchange}
     * @param moduleDir the module's directory, holding its build output
     * @param mainClass the class to run
     * @param jvmOptions options before the class path, e.g. {@code -Xmx512m}
     * @param args the program's arguments
     * @param env extra environment variables
     * @param log where its standard output and error go
     * @param stopGrace how long {@link #close()} waits after SIGTERM before killing it
     */
    public record Spec(
            String name,
            Path moduleDir,
            String mainClass,
            List<String> jvmOptions,
            List<String> args,
            Map<String, String> env,
            Path log,
            Duration stopGrace) {
        /** Copies the lists and the map. */
        public Spec {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(moduleDir, "moduleDir");
            Objects.requireNonNull(mainClass, "mainClass");
            jvmOptions = List.copyOf(jvmOptions);
            args = List.copyOf(args);
            env = Map.copyOf(env);
            Objects.requireNonNull(log, "log");
            Objects.requireNonNull(stopGrace, "stopGrace");
        }
    }

    /** Starts the JVM {@code spec} describes, on the same Java as this one. */
    public static ChildJvm start(Spec spec) {
        Path classpathFile = spec.moduleDir().resolve("target/runtime-classpath.txt");
        if (!Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException(classpathFile + " is missing: build " + spec.moduleDir() + " first");
        }
        try {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(spec.jvmOptions());
            command.add("-cp");
            command.add(spec.moduleDir().resolve("target/classes")
                    + File.pathSeparator
                    + Files.readString(classpathFile).trim());
            command.add(spec.mainClass());
            command.addAll(spec.args());
            Files.createDirectories(spec.log().toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(spec.log().toFile());
            builder.environment().putAll(spec.env());
            return new ChildJvm(spec.name(), builder.start(), spec.log(), spec.stopGrace());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.name(), e);
        }
    }

    /** Waits until {@code url} answers 2xx, failing early with the log's end if the process dies. */
    public ChildJvm awaitHttp(URI url, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " exited with " + process.exitValue() + "; log " + log + ":\n" + tail());
            }
            try {
                HttpResponse<Void> response = HTTP.send(
                        HttpRequest.newBuilder(url)
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 == 2) {
                    return this;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " did not answer " + url + " in " + within + "; log:\n" + tail());
    }

    /** The process id. */
    public long pid() {
        return process.pid();
    }

    /** CPU time the JVM has used so far, all threads, in nanoseconds (0 when the OS does not say). */
    public long cpuNanos() {
        return process.toHandle()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(0L);
    }

    /** The log file. */
    public Path log() {
        return log;
    }

    /** The last 40 lines of the log, for failure messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops the JVM with SIGTERM (so shutdown hooks and flight recordings run), forcibly after the grace. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(stopGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
