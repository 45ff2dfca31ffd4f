package io.relaypay.agent.install;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JVM the agent runs in, from {@code agent.jvm-options} next to this class: the flags and
 * environment that {@code ./relaypay agent} and {@code bench/AgentBench} read from the same file, so
 * the service {@code agent install} writes starts the agent that was measured.
 *
 * @param flags the JVM options, the class-data archive's path filled in
 * @param environment variables the agent's process needs ({@code MALLOC_ARENA_MAX})
 */
public record AgentJvm(List<String> flags, Map<String, String> environment) {

    /** The file's name, a resource next to this class and in the sources the launcher reads. */
    public static final String OPTIONS = "agent.jvm-options";

    /** Copies the parts. */
    public AgentJvm {
        flags = List.copyOf(flags);
        environment = Map.copyOf(environment);
    }

    /** The agent's JVM with its class-data archive at {@code archive}. */
    public static AgentJvm withArchive(Path archive) {
        try (InputStream in = AgentJvm.class.getResourceAsStream(OPTIONS)) {
            if (in == null) {
                throw new IllegalStateException(OPTIONS + " is missing from the agent's jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), archive);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OPTIONS, e);
        }
    }

    /** The flags and environment in {@code options}, {@code {archive}} replaced by {@code archive}. */
    static AgentJvm parse(String options, Path archive) {
        List<String> flags = new ArrayList<>();
        Map<String, String> environment = new LinkedHashMap<>();
        for (String raw : options.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("env ")) {
                String[] pair = line.substring(4).strip().split("=", 2);
                environment.put(pair[0], pair.length > 1 ? pair[1] : "");
            } else {
                flags.add(line.replace("{archive}", archive.toAbsolutePath().toString()));
            }
        }
        return new AgentJvm(flags, environment);
    }
}
