package io.relaypay.systemtests;

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
import java.util.concurrent.TimeUnit;

/**
 * One part of the system (simulator, interchange, shop) as its own JVM, started from the module's
 * build output exactly as {@code ./relaypay} starts it, with its output in a log file.
 */
final class ChildProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** The repository root, where every module's build output is. */
    static Path root() {
        return Path.of(System.getProperty("relaypay.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    /** Starts {@code mainClass} of {@code module} with {@code args} and extra environment. */
    static ChildProcess start(
            String name, String module, String mainClass, List<String> args, Map<String, String> env) {
        Path moduleDir = root().resolve(module);
        try {
            String classpath = moduleDir.resolve("target/classes")
                    + java.io.File.pathSeparator
                    + Files.readString(moduleDir.resolve("target/runtime-classpath.txt"))
                            .trim();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx512m");
            command.add("-cp");
            command.add(classpath);
            command.add(mainClass);
            command.addAll(args);
            Path logs = root().resolve("system-tests/target/system-logs");
            Files.createDirectories(logs);
            Path log = logs.resolve(name + ".log");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (is " + module + " built?)", e);
        }
    }

    /** Waits until {@code url} answers 2xx, failing early if the process dies. */
    ChildProcess awaitHttp(URI url, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log:\n" + tail());
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

    /** The end of the process's log, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
