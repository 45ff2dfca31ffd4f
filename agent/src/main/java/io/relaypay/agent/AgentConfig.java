package io.relaypay.agent;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the agent runs. Each setting comes from an option, else an environment variable, else its
 * default; {@link #USAGE} lists them. There is no option for the address: the agent listens on
 * 127.0.0.1 only.
 *
 * @param port the loopback port (0: any free one)
 * @param interchangeUrl the interchange to enroll with and pay through
 * @param configDir where the device key, its secret and the pairings live
 * @param prompt {@code auto} (Swing with a display, else the console), {@code swing}, {@code
 *     console}, or {@code scripted}, which {@code AgentMain} allows only in a JVM started with the
 *     test-only switch {@code ScriptedPrompt.TEST_SWITCH}
 * @param promptScript the file the scripted prompt reads its answers from
 * @param promptTimeout how long a prompt waits for the person
 * @param ratePerSecond the shared request rate limit
 */
public record AgentConfig(
        int port,
        URI interchangeUrl,
        Path configDir,
        String prompt,
        Optional<Path> promptScript,
        Duration promptTimeout,
        int ratePerSecond) {

    /** The agent's port unless told otherwise. */
    public static final int DEFAULT_PORT = 47650;

    /** The options every subcommand understands. */
    public static final String OPTIONS = """
              --port N                loopback port (RELAYPAY_AGENT_PORT, default 47650)
              --interchange-url URL   the interchange (RELAYPAY_URL, default http://127.0.0.1:8080)
              --config-dir DIR        device key and pairings (RELAYPAY_AGENT_DIR, default: the
                                      user's config dir, e.g. ~/.config/relaypay-agent)
              --prompt KIND           auto | swing | console
              --prompt-timeout SEC    how long a prompt waits (default 120)
              --rate-limit N          requests per second, all callers together (default 10)
            """;

    private static final Map<String, String> OPTION_ENV = Map.of(
            "--port", "RELAYPAY_AGENT_PORT",
            "--interchange-url", "RELAYPAY_URL",
            "--config-dir", "RELAYPAY_AGENT_DIR",
            "--prompt", "RELAYPAY_AGENT_PROMPT",
            "--prompt-script", "RELAYPAY_AGENT_PROMPT_SCRIPT",
            "--prompt-timeout", "RELAYPAY_AGENT_PROMPT_TIMEOUT",
            "--rate-limit", "RELAYPAY_AGENT_RATE_LIMIT");

    private static final List<String> PROMPTS = List.of("auto", "swing", "console", "scripted");

    /** Checks the settings. */
    public AgentConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0-65535, got " + port);
        }
        requireNonNull(interchangeUrl, "interchangeUrl");
        requireNonNull(configDir, "configDir");
        if (!PROMPTS.contains(prompt)) {
            throw new IllegalArgumentException("--prompt must be one of " + PROMPTS + ", got " + prompt);
        }
        if (prompt.equals("scripted") && promptScript.isEmpty()) {
            throw new IllegalArgumentException("--prompt scripted needs --prompt-script FILE");
        }
        if (promptTimeout.isNegative() || promptTimeout.isZero()) {
            throw new IllegalArgumentException("--prompt-timeout must be positive");
        }
        if (ratePerSecond < 1) {
            throw new IllegalArgumentException("--rate-limit must be at least 1");
        }
    }

    /**
     * The settings from {@code args} (the subcommand and its own options taken out first), then
     * {@code env}, then the defaults.
     *
     * @throws IllegalArgumentException for an unknown option, a missing value, or a bad setting
     */
    public static AgentConfig parse(List<String> args, Map<String, String> env) {
        Map<String, String> given = new HashMap<>();
        OPTION_ENV.forEach((option, variable) -> {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                given.put(option, value);
            }
        });
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            String value = null;
            int equals = option.indexOf('=');
            if (equals > 0) {
                value = option.substring(equals + 1);
                option = option.substring(0, equals);
            }
            if (!OPTION_ENV.containsKey(option)) {
                throw new IllegalArgumentException("unknown option " + option + " (see --help)");
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                value = args.get(++i);
            }
            given.put(option, value);
        }
        return new AgentConfig(
                number(given.getOrDefault("--port", "" + DEFAULT_PORT), "--port"),
                url(given.getOrDefault("--interchange-url", "http://127.0.0.1:8080")),
                given.containsKey("--config-dir")
                        ? Path.of(given.get("--config-dir"))
                        : defaultConfigDir(System.getProperty("os.name", ""), env, System.getProperty("user.home")),
                given.getOrDefault("--prompt", "auto"),
                Optional.ofNullable(given.get("--prompt-script")).map(Path::of),
                Duration.ofSeconds(number(given.getOrDefault("--prompt-timeout", "120"), "--prompt-timeout")),
                number(given.getOrDefault("--rate-limit", "10"), "--rate-limit"));
    }

    /** The per-user config dir: XDG on Linux, Application Support on macOS, APPDATA on Windows. */
    static Path defaultConfigDir(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", home + "\\AppData\\Roaming");
            return Path.of(appData, "Relaypay", "Agent");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Relaypay Agent");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/.config", "relaypay-agent");
    }

    private static int number(String value, String option) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, got " + value, e);
        }
    }

    private static URI url(String value) {
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--interchange-url is not a URL: " + value, e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("--interchange-url must be an absolute http(s) URL, got " + value);
        }
        return uri;
    }
}
