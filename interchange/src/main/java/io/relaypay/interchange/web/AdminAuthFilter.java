package io.relaypay.interchange.web;

import io.relaypay.interchange.common.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code /admin/}: only the configured admin token passes, compared in constant time.
 * With no token configured the admin API is closed to everyone.
 */
public final class AdminAuthFilter extends OncePerRequestFilter implements Ordered {

    private final byte[] token;

    /** A filter accepting {@code adminToken}; empty closes the admin API. */
    public AdminAuthFilter(String adminToken) {
        this.token = adminToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int getOrder() {
        return MerchantAuthFilter.ORDER;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/admin/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] presented = MerchantAuthFilter.bearer(request)
                .map(t -> t.getBytes(StandardCharsets.UTF_8))
                .orElse(new byte[0]);
        if (token.length == 0 || !MessageDigest.isEqual(token, presented)) {
            Problems.write(response, ProblemType.UNAUTHORIZED, "send the admin token: Authorization: Bearer <token>");
            return;
        }
        chain.doFilter(request, response);
    }
}
