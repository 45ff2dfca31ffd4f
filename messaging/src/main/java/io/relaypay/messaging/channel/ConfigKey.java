package io.relaypay.messaging.channel;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * One configuration setting of a channel, declared once with its default and its documentation
 * (as Debezium declares connector fields). Keys are lower-case-dashed.
 *
 * @param <T> the type the text value is read as
 */
public record ConfigKey<T>(String name, String defaultValue, String doc, Function<String, T> parser) {

    /** Checks the key's shape; a default, when present, must parse. */
    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(parser, "parser");
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("config keys are lower-case-dashed: " + name);
        }
        if (defaultValue != null) {
            parser.apply(defaultValue);
        }
    }

    /** True when the key has no default and must be set. */
    public boolean required() {
        return defaultValue == null;
    }

    /** A text setting. */
    public static ConfigKey<String> string(String name, String defaultValue, String doc) {
        return new ConfigKey<>(name, defaultValue, doc, Function.identity());
    }

    /** A whole-number setting. */
    public static ConfigKey<Integer> integer(String name, String defaultValue, String doc) {
        return new ConfigKey<>(name, defaultValue, doc, Integer::valueOf);
    }

    /** A yes/no setting ({@code true} or {@code false}). */
    public static ConfigKey<Boolean> bool(String name, String defaultValue, String doc) {
        return new ConfigKey<>(name, defaultValue, doc, text -> switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("expected true or false: " + text);
        });
    }

    /** A duration written as ISO-8601 ({@code PT30S}) or as milliseconds with {@code ms} ({@code 500ms}). */
    public static ConfigKey<Duration> duration(String name, String defaultValue, String doc) {
        return new ConfigKey<>(name, defaultValue, doc, ConfigKey::parseDuration);
    }

    private static Duration parseDuration(String text) {
        if (text.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        if (text.endsWith("s") && !text.startsWith("P")) {
            return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
        }
        return Duration.parse(text);
    }
}
