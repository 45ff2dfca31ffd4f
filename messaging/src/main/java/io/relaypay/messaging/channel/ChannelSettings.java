package io.relaypay.messaging.channel;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The text settings of one channel, checked against its declared keys: an unknown key, a missing
 * required key or a value that does not parse fails at construction with every problem listed.
 */
public final class ChannelSettings {
    private final Map<String, String> values;

    private ChannelSettings(Map<String, String> values) {
        this.values = values;
    }

    /** Validates {@code values} against {@code keys}. */
    public static ChannelSettings of(List<ConfigKey<?>> keys, Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        Set<String> known = keys.stream().map(ConfigKey::name).collect(Collectors.toSet());
        var problems = new TreeSet<String>();
        values.keySet().stream()
                .filter(key -> !known.contains(key))
                .forEach(key -> problems.add("unknown setting '" + key + "'"));
        for (ConfigKey<?> key : keys) {
            String value = values.getOrDefault(key.name(), key.defaultValue());
            if (value == null) {
                problems.add("missing setting '" + key.name() + "': " + key.doc());
                continue;
            }
            try {
                key.parser().apply(value);
            } catch (RuntimeException e) {
                problems.add("bad value for '" + key.name() + "': '" + value + "' (" + e.getMessage() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid channel settings: " + String.join("; ", problems));
        }
        return new ChannelSettings(Map.copyOf(values));
    }

    /** The value of {@code key}, or its default. */
    public <T> T get(ConfigKey<T> key) {
        return key.parser().apply(values.getOrDefault(key.name(), key.defaultValue()));
    }
}
