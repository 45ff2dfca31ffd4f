package io.relaypay.simulator.interop;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kannel's bearerbox and smsbox as child processes of the test JVM, configured by a {@link
 * KannelConfig} written into its directory, with their output and logs kept there. {@link #close()}
 * always ends both (SIGTERM, then SIGKILL after a grace period), and a shutdown hook does the same
 * if the JVM exits without closing.
 */
final class KannelProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KannelProcess.class);
    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern GOT_PDU = Pattern.compile("SMPP\\[([^\\]]+)\\]: Got PDU:");

    private final KannelConfig config;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).build();
    private final Thread shutdownHook = new Thread(this::stopBoxes, "kannel-it-shutdown");
    private volatile Process bearerbox;
    private volatile Process smsbox;

    private KannelProcess(KannelConfig config) {
        this.config = config;
    }

    /**
     * Writes {@code kannel.conf}, starts bearerbox, waits for its admin port, then starts smsbox
     * (which gives up at once when bearerbox is not there yet). Returns without waiting for the
     * SMPP binds: see {@link #awaitReady(Duration)}.
     */
    static KannelProcess start(KannelInstallation.Binaries binaries, KannelConfig config, Duration timeout) {
        KannelProcess kannel = new KannelProcess(config);
        Runtime.getRuntime().addShutdownHook(kannel.shutdownHook);
        try {
            Path conf = config.dir().resolve("kannel.conf");
            Files.createDirectories(config.dir());
            Files.writeString(conf, config.render());
            kannel.bearerbox = launch(binaries.bearerbox(), conf, config.dir().resolve("bearerbox.out"));
            await("bearerbox's admin port " + config.adminPort())
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(200))
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        kannel.requireAlive();
                        kannel.status();
                        return true;
                    });
            kannel.smsbox = launch(binaries.smsbox(), conf, config.dir().resolve("smsbox.out"));
            log.info(
                    "kannel started: bearerbox pid={} smsbox pid={} logs={}",
                    kannel.bearerbox.pid(),
                    kannel.smsbox.pid(),
                    config.dir());
            return kannel;
        } catch (IOException | RuntimeException e) {
            kannel.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private static Process launch(Path program, Path conf, Path output) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(program.toString(), conf.toString())
                .directory(conf.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    /**
     * Waits until smsbox is connected to bearerbox and every SMSC of the config shows {@code
     * online} in bearerbox's status page; fails at once, with the log's tail, when a box has died.
     */
    void awaitReady(Duration timeout) {
        try {
            await("kannel ready: smsbox connected and SMSCs " + smscIds() + " online")
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        requireAlive();
                        String status = status();
                        return status.contains("smsbox:") && smscIds().stream().allMatch(id -> isOnline(status, id));
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    e.getMessage() + "\nbearerbox status:\n" + statusOrError() + "\nlast lines of bearerbox.log:\n"
                            + tail(config.dir().resolve("bearerbox.log")),
                    e);
        }
    }

    private String statusOrError() {
        try {
            return status();
        } catch (IOException e) {
            return "(unavailable: " + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }

    private static boolean isOnline(String status, String smscId) {
        // status.txt has one line per SMSC: "    <admin-id>[<smsc-id>] SMPP:... (online 12s, rcvd: ...".
        return status.lines().anyMatch(line -> line.contains("[" + smscId + "]") && line.contains("(online"));
    }

    private List<String> smscIds() {
        return config.smscs().stream().map(KannelConfig.Smsc::id).toList();
    }

    /** bearerbox's plain-text status page. */
    String status() throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + config.adminPort() + "/status.txt?password="
                + encode(KannelConfig.ADMIN_PASSWORD));
        return get(uri).body();
    }

    /**
     * Calls smsbox's {@code /cgi-bin/sendsms} with the sendsms user's credentials and the given
     * parameters (URL-encoded here, as UTF-8).
     */
    HttpResponse<String> sendsms(Map<String, String> params) throws IOException, InterruptedException {
        String query = "username=" + encode(KannelConfig.SENDSMS_USER) + "&password="
                + encode(KannelConfig.SENDSMS_PASSWORD) + "&"
                + params.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
        return get(URI.create("http://127.0.0.1:" + config.sendsmsPort() + "/cgi-bin/sendsms?" + query));
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(uri).timeout(HTTP_TIMEOUT).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void requireAlive() {
        requireAlive("bearerbox", bearerbox, "bearerbox.log");
        requireAlive("smsbox", smsbox, "smsbox.log");
    }

    private void requireAlive(String name, Process process, String logFile) {
        if (process != null && !process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; last lines of "
                    + logFile + ":\n" + tail(config.dir().resolve(logFile)) + "\n"
                    + tail(config.dir().resolve(name + ".out")));
        }
    }

    /** The last lines of one of Kannel's logs, for failure messages. */
    String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(" + file + " unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * The receipts bearerbox got but could not match to a stored DLR entry, as its log reports them
     * ({@code got DLR but could not find message ... id<...>}): what an id format mismatch looks like.
     */
    List<String> unmatchedReceipts() {
        return bearerboxLog()
                .filter(line -> line.contains("got DLR but could not find message"))
                .toList();
    }

    /**
     * How many {@code enquire_link_resp} each SMSC connection received so far, from bearerbox's PDU
     * dumps ({@code SMPP[<smsc-id>]: Got PDU:} followed by the dump's {@code type_name} line).
     */
    Map<String, Integer> enquireLinkResponses() {
        Map<String, Integer> counts = new HashMap<>();
        String receivedBy = null;
        for (String line : (Iterable<String>) bearerboxLog()::iterator) {
            Matcher got = GOT_PDU.matcher(line);
            if (got.find()) {
                receivedBy = got.group(1);
            } else if (receivedBy != null && line.endsWith("type_name: enquire_link_resp")) {
                counts.merge(receivedBy, 1, Integer::sum);
                receivedBy = null;
            } else if (line.contains("type_name:")) {
                receivedBy = null;
            }
        }
        return counts;
    }

    private Stream<String> bearerboxLog() {
        try {
            // ISO-8859-1 reads any byte: the log holds raw PDU bytes in other encodings too.
            return Files.readAllLines(config.dir().resolve("bearerbox.log"), StandardCharsets.ISO_8859_1).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory holding kannel.conf and the boxes' logs. */
    Path dir() {
        return config.dir();
    }

    /** Ends smsbox, then bearerbox; safe to call more than once. */
    @Override
    public void close() {
        stopBoxes();
        http.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it does the same work.
        }
    }

    private void stopBoxes() {
        stop(smsbox);
        stop(bearerbox);
    }

    private static void stop(Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy(); // SIGTERM: Kannel's boxes shut down cleanly on it
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
