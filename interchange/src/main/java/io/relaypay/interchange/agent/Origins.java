package io.relaypay.interchange.agent;

import io.relaypay.interchange.common.ApiException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Web origins as the agent compares them with a page's {@code Origin} header: exactly
 * {@code scheme://host[:port]}, lower case, http or https, no path, query, user info or wildcard,
 * and never the opaque {@code null} origin. Compared as strings, so only the canonical form is accepted.
 */
public final class Origins {

    /** Most origins one key may allow. */
    public static final int MAX = 20;

    private Origins() {}

    /** The origins, validated and without duplicates, in the order given. */
    public static List<String> validate(List<String> origins) {
        if (origins == null || origins.isEmpty()) {
            throw ApiException.invalid("allowed_origins", "allowed_origins needs at least one origin");
        }
        if (origins.size() > MAX) {
            throw ApiException.invalid("allowed_origins", "allowed_origins holds at most " + MAX + " origins");
        }
        LinkedHashSet<String> valid = new LinkedHashSet<>();
        for (String origin : origins) {
            valid.add(validate(origin));
        }
        return new ArrayList<>(valid);
    }

    /** {@code origin} itself when it is a canonical web origin. */
    public static String validate(String origin) {
        if (origin == null || origin.isEmpty() || origin.length() > 300) {
            throw invalid(origin, "is empty or too long");
        }
        if (origin.equals("null") || origin.contains("*")) {
            throw invalid(origin, "must be a concrete origin, not null or a wildcard");
        }
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            throw invalid(origin, "is not a URI");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw invalid(origin, "must start with http:// or https://");
        }
        if (uri.getHost() == null
                || uri.getRawUserInfo() != null
                || !uri.getRawPath().isEmpty()
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw invalid(origin, "must be scheme://host[:port] with no path, query or user");
        }
        int port = uri.getPort();
        String canonical = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port);
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        if (!canonical.equals(origin) || defaultPort) {
            throw invalid(origin, "must be written as a browser sends it (lower case, no default port)");
        }
        return origin;
    }

    private static ApiException invalid(String origin, String why) {
        return ApiException.invalid("allowed_origins", "origin '" + origin + "' " + why);
    }
}
