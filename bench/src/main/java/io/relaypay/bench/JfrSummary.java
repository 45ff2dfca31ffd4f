package io.relaypay.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the interchange's CPU went in a time window of a flight recording: execution samples by
 * the layer that was running (the innermost frame outside the JDK), by the Relaypay entry point
 * that led there (the outermost {@code io.relaypay} frame), and by the innermost method; plus GC
 * pauses. Run on its own: {@code java -cp benchmarks.jar io.relaypay.bench.JfrSummary FILE}.
 */
public final class JfrSummary {

    /** Package prefixes and the layer they stand for, first match wins. */
    private static final Map<String, String> LAYERS = layers();

    private final Map<String, Long> byLayer = new HashMap<>();
    private final Map<String, Long> byEntry = new HashMap<>();
    private final Map<String, Long> byLeaf = new HashMap<>();
    private long samples;
    private Duration gcPauses = Duration.ZERO;
    private long gcs;

    private JfrSummary() {}

    /** Summarises a whole recording. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: JfrSummary FILE.jfr");
            System.exit(2);
        }
        read(Path.of(args[0]), Instant.MIN, Instant.MAX).print(System.out, 15);
    }

    /** Reads the samples and GC pauses of {@code file} between {@code from} and {@code to}. */
    static JfrSummary read(Path file, Instant from, Instant to) throws IOException {
        JfrSummary summary = new JfrSummary();
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                Instant at = event.getStartTime();
                if (at.isBefore(from) || !at.isBefore(to)) {
                    continue;
                }
                switch (event.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> summary.sample(event);
                    case "jdk.GarbageCollection" -> {
                        summary.gcs++;
                        summary.gcPauses = summary.gcPauses.plus(event.getDuration("sumOfPauses"));
                    }
                    default -> {}
                }
            }
        }
        return summary;
    }

    private void sample(RecordedEvent event) {
        if (event.getStackTrace() == null) {
            return;
        }
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        if (frames.isEmpty()) {
            return;
        }
        samples++;
        byLeaf.merge(name(frames.getFirst().getMethod()), 1L, Long::sum);
        String layer = "JDK only (no library frame)";
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            String found = layer(type);
            if (found != null) {
                layer = found;
                break;
            }
        }
        byLayer.merge(layer, 1L, Long::sum);
        String entry = event.getStackTrace().isTruncated() ? "(stack truncated)" : "(no io.relaypay frame)";
        for (RecordedFrame frame : frames) {
            if (frame.getMethod().getType().getName().startsWith("io.relaypay.")) {
                entry = name(frame.getMethod());
            }
        }
        byEntry.merge(entry, 1L, Long::sum);
    }

    private static String layer(String type) {
        for (Map.Entry<String, String> prefix : LAYERS.entrySet()) {
            if (type.startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        return type.startsWith("java.")
                        || type.startsWith("jdk.")
                        || type.startsWith("sun.")
                        || type.startsWith("javax.")
                        || type.startsWith("com.sun.")
                ? null
                : "other library (" + type.substring(0, Math.max(0, type.lastIndexOf('.'))) + ")";
    }

    private static String name(RecordedMethod method) {
        String type = method.getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + method.getName();
    }

    /** Prints the tables, {@code top} rows each. */
    void print(PrintStream out, int top) {
        out.printf("JFR: %d execution samples; %d GCs, %d ms of pauses%n", samples, gcs, gcPauses.toMillis());
        table(out, "by layer (innermost frame outside the JDK)", byLayer, top);
        table(out, "by Relaypay entry point (outermost io.relaypay frame)", byEntry, top);
        table(out, "by innermost method (self time)", byLeaf, top);
    }

    private void table(PrintStream out, String title, Map<String, Long> counts, int top) {
        out.println("  " + title + ":");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> out.printf(
                        "    %5.1f %%  %s%n", samples == 0 ? 0 : 100.0 * e.getValue() / samples, e.getKey()));
    }

    private static Map<String, String> layers() {
        Map<String, String> layers = new LinkedHashMap<>();
        layers.put("org.postgresql.", "PostgreSQL JDBC driver");
        layers.put("com.zaxxer.hikari.", "HikariCP");
        layers.put("org.thymeleaf.", "Thymeleaf (checkout page)");
        layers.put("org.attoparser.", "Thymeleaf (checkout page)");
        layers.put("tools.jackson.", "Jackson");
        layers.put("com.fasterxml.jackson.", "Jackson");
        layers.put("org.apache.tomcat.", "Tomcat (HTTP)");
        layers.put("org.apache.coyote.", "Tomcat (HTTP)");
        layers.put("org.apache.catalina.", "Tomcat (HTTP)");
        layers.put("org.jsmpp.", "jSMPP");
        layers.put("ch.qos.logback.", "Logback");
        layers.put("org.slf4j.", "Logback");
        layers.put("io.micrometer.", "Micrometer");
        layers.put("com.google.i18n.phonenumbers.", "libphonenumber");
        layers.put("org.flywaydb.", "Flyway");
        layers.put("org.springframework.jdbc.", "Spring JDBC");
        layers.put("org.springframework.", "Spring (MVC, context)");
        layers.put("io.relaypay.ledger.", "Relaypay ledger");
        layers.put("io.relaypay.routing.", "Relaypay routing");
        layers.put("io.relaypay.messaging.", "Relaypay messaging");
        layers.put("io.relaypay.interchange.", "Relaypay interchange");
        return layers;
    }
}
