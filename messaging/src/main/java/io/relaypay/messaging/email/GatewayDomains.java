package io.relaypay.messaging.email;

import io.relaypay.messaging.PhoneNumber;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which carrier's email-to-SMS domain serves a number, by number prefix: a number alone does not
 * say its carrier (numbers are ported), so the operator lists the ranges it knows, and the longest
 * matching prefix wins ({@code 49151:sms.northwind.test,4915:sms.other.test}).
 */
public final class GatewayDomains {
    private final List<Map.Entry<String, String>> byLongestPrefix;

    private GatewayDomains(Map<String, String> domains) {
        this.byLongestPrefix = domains.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> entry) ->
                                entry.getKey().length())
                        .reversed())
                .map(entry -> Map.entry(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** Parses {@code prefix:domain} pairs separated by commas; prefixes are digits without {@code +}. */
    public static GatewayDomains parse(String text) {
        var domains = new LinkedHashMap<String, String>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.trim().split(":", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected prefix:domain, got '" + pair.trim() + "'");
            }
            String prefix = parts[0].trim().replaceFirst("^\\+", "");
            String domain = parts[1].trim().toLowerCase(Locale.ROOT);
            if (!prefix.matches("[0-9]{1,15}")) {
                throw new IllegalArgumentException("a prefix is 1 to 15 digits: '" + parts[0].trim() + "'");
            }
            if (!domain.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+")) {
                throw new IllegalArgumentException("not a domain name: '" + parts[1].trim() + "'");
            }
            if (domains.put(prefix, domain) != null) {
                throw new IllegalArgumentException("prefix " + prefix + " listed twice");
            }
        }
        if (domains.isEmpty()) {
            throw new IllegalArgumentException("at least one prefix:domain is needed");
        }
        return new GatewayDomains(domains);
    }

    /** The gateway domain for {@code number}, by longest prefix, if any range covers it. */
    public Optional<String> domainFor(PhoneNumber number) {
        String digits = number.digits();
        return byLongestPrefix.stream()
                .filter(entry -> digits.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The gateway address for {@code number}: {@code <digits>@<domain>}. */
    public Optional<String> addressFor(PhoneNumber number) {
        return domainFor(number).map(domain -> number.digits() + "@" + domain);
    }

    @Override
    public String toString() {
        return byLongestPrefix.toString();
    }
}
