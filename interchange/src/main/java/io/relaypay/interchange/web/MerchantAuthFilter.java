package io.relaypay.interchange.web;

import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.merchants.Caller;
import io.relaypay.interchange.merchants.MerchantService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/** Lets a request into {@code /v1/} only with a valid merchant key; the caller goes in an attribute. */
public final class MerchantAuthFilter extends OncePerRequestFilter implements Ordered {

    /** The request attribute holding the {@link Caller}. */
    public static final String CALLER = "io.relaypay.interchange.caller";

    /** Runs before idempotency, which is per merchant. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private final MerchantService merchants;

    /** A filter authenticating against {@code merchants}. */
    public MerchantAuthFilter(MerchantService merchants) {
        this.merchants = merchants;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The receipt keys are public: any merchant server verifies receipts with them (docs/agent-protocol.md).
        return !request.getRequestURI().startsWith("/v1/")
                || request.getRequestURI().equals("/v1/receipt_keys");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = bearer(request).flatMap(merchants::authenticate);
        if (caller.isEmpty()) {
            Problems.write(response, ProblemType.UNAUTHORIZED, "send a valid secret key: Authorization: Bearer sk_...");
            return;
        }
        request.setAttribute(CALLER, caller.get());
        chain.doFilter(request, response);
    }

    static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }
}
