package io.relaypay.interchange.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The security headers of the hosted pages (checkout, account). Scripts and styles only from us,
 * no inline code; forms post only to us and to the merchant's return addresses (browsers apply
 * {@code form-action} to the redirect that follows a post); no framing except by the merchant's own
 * origin in the widget's framed mode; nothing cached, no referrer leaking the payment's address.
 */
public final class PageHeaders {

    private PageHeaders() {}

    /** Sets the headers; {@code framers} are origins allowed to frame the page (empty: none). */
    public static void apply(HttpServletResponse response, Collection<String> framers, Collection<String> formTargets) {
        String frameAncestors = framers.isEmpty() ? "'none'" : String.join(" ", framers);
        StringBuilder formAction = new StringBuilder("'self'");
        formTargets.forEach(target -> formAction.append(' ').append(target));
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                        + "form-action " + formAction + "; frame-ancestors " + frameAncestors
                        + "; base-uri 'none'");
        if (framers.isEmpty()) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** The origins ({@code https://shop.example:8443}) of the given http(s) URLs, without repeats. */
    public static Set<String> origins(Collection<Optional<URI>> urls) {
        Set<String> origins = new LinkedHashSet<>();
        for (Optional<URI> url : urls) {
            url.flatMap(PageHeaders::origin).ifPresent(origins::add);
        }
        return origins;
    }

    /** The origin of an http(s) URL. */
    public static Optional<String> origin(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost();
        if (!(scheme.equals("http") || scheme.equals("https"))
                || host == null
                || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
            return Optional.empty();
        }
        return Optional.of(
                scheme + "://" + host.toLowerCase(Locale.ROOT) + (url.getPort() == -1 ? "" : ":" + url.getPort()));
    }
}
