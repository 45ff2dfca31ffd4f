package io.relaypay.examples.shop;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * How the shop runs. Each setting comes from a command-line option, else an environment variable,
 * else its default; {@link #USAGE} lists them.
 *
 * @param host the address to listen on
 * @param port the port to listen on (0: any free one)
 * @param relaypayUrl the interchange's base URL
 * @param apiKey the merchant's secret key
 * @param webhookSecret the secret webhooks are signed with; without it webhooks are refused
 * @param publicUrl how buyers' browsers reach the shop; empty: {@code http://<host>:<port>}
 * @param dbUrl the H2 JDBC URL of the shop's database
 * @param agent how to pay through the buyer's local agent, if the shop has an agent key
 */
public record ShopConfig(
        String host,
        int port,
        URI relaypayUrl,
        String apiKey,
        Optional<String> webhookSecret,
        Optional<URI> publicUrl,
        String dbUrl,
        Optional<AgentSettings> agent) {

    /** What {@code --help} prints. */
    public static final String USAGE = """
            Usage: ShopMain [options]

            The Relaypay demo shop: a small store that takes payments through the Relaypay SDK.
            Every option can also be set by the environment variable in brackets.

              --host ADDRESS          address to listen on (SHOP_HOST, default 127.0.0.1)
              --port N                port to listen on (SHOP_PORT, default 8082)
              --relaypay-url URL      the interchange (RELAYPAY_URL, default http://127.0.0.1:8080)
              --api-key KEY           the merchant's secret key, sk_test_... (RELAYPAY_DEMO_KEY, required)
              --webhook-secret SECRET secret webhooks are signed with (RELAYPAY_WEBHOOK_SECRET);
                                      without it webhooks are refused and orders settle when the
                                      buyer returns
              --public-url URL        how browsers reach the shop, for Relaypay's return links
                                      (SHOP_PUBLIC_URL, default http://127.0.0.1:8082)
              --db-url JDBC_URL       the shop's H2 database (SHOP_DB_URL,
                                      default jdbc:h2:file:./data/shop/shop)
              --merchant-id ID        the shop's merchant account, acct_... (RELAYPAY_DEMO_MERCHANT)
              --agent-kid KID         the shop's agent key id (RELAYPAY_DEMO_AGENT_KID)
              --agent-key-file FILE   its private key, PKCS#8 PEM (RELAYPAY_DEMO_AGENT_KEY_FILE);
                                      with all three the shop offers paying through the local agent
              --agent-url URL         where buyers' agents listen (RELAYPAY_AGENT_URL,
                                      default http://127.0.0.1:47650)
              --help                  show this help
            """;

    private static final Map<String, String> OPTION_ENV = Map.ofEntries(
            Map.entry("--host", "SHOP_HOST"),
            Map.entry("--port", "SHOP_PORT"),
            Map.entry("--relaypay-url", "RELAYPAY_URL"),
            Map.entry("--api-key", "RELAYPAY_DEMO_KEY"),
            Map.entry("--webhook-secret", "RELAYPAY_WEBHOOK_SECRET"),
            Map.entry("--public-url", "SHOP_PUBLIC_URL"),
            Map.entry("--db-url", "SHOP_DB_URL"),
            Map.entry("--merchant-id", "RELAYPAY_DEMO_MERCHANT"),
            Map.entry("--agent-kid", "RELAYPAY_DEMO_AGENT_KID"),
            Map.entry("--agent-key-file", "RELAYPAY_DEMO_AGENT_KEY_FILE"),
            Map.entry("--agent-url", "RELAYPAY_AGENT_URL"));

    /** Checks the settings. */
    public ShopConfig {
        requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, got " + port);
        }
        requireNonNull(relaypayUrl, "relaypayUrl");
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("an API key is required: set RELAYPAY_DEMO_KEY or --api-key");
        }
        requireNonNull(webhookSecret, "webhookSecret");
        requireNonNull(publicUrl, "publicUrl");
        if (dbUrl == null || !dbUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException(
                    "the shop keeps its orders in H2: --db-url must be jdbc:h2:..., got " + dbUrl);
        }
        requireNonNull(agent, "agent");
    }

    /** The settings of a shop that offers only the hosted checkout. */
    public ShopConfig(
            String host,
            int port,
            URI relaypayUrl,
            String apiKey,
            Optional<String> webhookSecret,
            Optional<URI> publicUrl,
            String dbUrl) {
        this(host, port, relaypayUrl, apiKey, webhookSecret, publicUrl, dbUrl, Optional.empty());
    }

    /**
     * The settings from {@code args}, then {@code env}, then the defaults.
     *
     * @throws IllegalArgumentException for an unknown option, a missing value, or a bad setting
     */
    public static ShopConfig parse(String[] args, Map<String, String> env) {
        Map<String, String> given = new java.util.HashMap<>();
        OPTION_ENV.forEach((option, variable) -> {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                given.put(option, value);
            }
        });
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
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
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                value = args[++i];
            }
            given.put(option, value);
        }
        return new ShopConfig(
                given.getOrDefault("--host", "127.0.0.1"),
                port(given.getOrDefault("--port", "8082")),
                url(given.getOrDefault("--relaypay-url", "http://127.0.0.1:8080"), "--relaypay-url"),
                given.get("--api-key"),
                Optional.ofNullable(given.get("--webhook-secret")),
                Optional.ofNullable(given.get("--public-url")).map(u -> url(u, "--public-url")),
                given.getOrDefault("--db-url", "jdbc:h2:file:./data/shop/shop"),
                agent(given));
    }

    private static Optional<AgentSettings> agent(Map<String, String> given) {
        if (!given.containsKey("--merchant-id")
                || !given.containsKey("--agent-kid")
                || !given.containsKey("--agent-key-file")) {
            return Optional.empty();
        }
        return Optional.of(new AgentSettings(
                given.get("--merchant-id"),
                given.get("--agent-kid"),
                java.nio.file.Path.of(given.get("--agent-key-file")),
                url(given.getOrDefault("--agent-url", AgentSettings.DEFAULT_AGENT_URL.toString()), "--agent-url")));
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, got " + value, e);
        }
    }

    private static URI url(String value, String option) {
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " is not a URL: " + value, e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(option + " must be an absolute http(s) URL, got " + value);
        }
        return uri;
    }
}
