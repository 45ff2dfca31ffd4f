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
 */
public record ShopConfig(
        String host,
        int port,
        URI relaypayUrl,
        String apiKey,
        Optional<String> webhookSecret,
        Optional<URI> publicUrl,
        String dbUrl) {

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
              --help                  show this help
            """;

    private static final Map<String, String> OPTION_ENV = Map.of(
            "--host", "SHOP_HOST",
            "--port", "SHOP_PORT",
            "--relaypay-url", "RELAYPAY_URL",
            "--api-key", "RELAYPAY_DEMO_KEY",
            "--webhook-secret", "RELAYPAY_WEBHOOK_SECRET",
            "--public-url", "SHOP_PUBLIC_URL",
            "--db-url", "SHOP_DB_URL");

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
                given.getOrDefault("--db-url", "jdbc:h2:file:./data/shop/shop"));
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
