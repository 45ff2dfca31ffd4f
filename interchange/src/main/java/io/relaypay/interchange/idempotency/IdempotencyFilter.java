package io.relaypay.interchange.idempotency;

import io.relaypay.interchange.common.Hashes;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.merchants.Caller;
import io.relaypay.interchange.web.MerchantAuthFilter;
import io.relaypay.interchange.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every {@code POST /v1/…} with an {@code Idempotency-Key} safe to retry: the first response
 * is stored and given again, byte for byte, to the same request; a different request under the same
 * key is refused. Failures on our side (5xx) free the key so the retry can run.
 */
public final class IdempotencyFilter extends OncePerRequestFilter implements Ordered {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private final IdempotencyStore store;

    /** A filter over {@code store}. */
    public IdempotencyFilter(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    public int getOrder() {
        return MerchantAuthFilter.ORDER + 1;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/v1/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Caller caller = (Caller) request.getAttribute(MerchantAuthFilter.CALLER);
        if (key == null || caller == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!KEY.matcher(key).matches()) {
            Problems.write(
                    response,
                    ProblemType.INVALID_REQUEST,
                    "Idempotency-Key must be 1 to 255 printable ASCII characters");
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request);
        String fingerprint = Hashes.sha256Hex(request.getMethod() + " " + request.getRequestURI() + "\n"
                + new String(cached.body(), StandardCharsets.UTF_8));
        switch (store.claim(caller.merchantId(), caller.livemode(), key, fingerprint)) {
            case KeyClaim.Replay(StoredResponse stored) -> replay(response, stored);
            case KeyClaim.Reused() ->
                Problems.write(
                        response,
                        ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "this Idempotency-Key was used with a different request");
            case KeyClaim.InUse() ->
                Problems.write(
                        response,
                        ProblemType.IDEMPOTENCY_KEY_IN_USE,
                        "a request with this Idempotency-Key is still running; retry shortly");
            case KeyClaim.Claimed() -> runAndRecord(cached, response, chain, caller, key);
        }
    }

    private void runAndRecord(
            CachedBodyRequest request, HttpServletResponse response, FilterChain chain, Caller caller, String key)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        boolean recorded = false;
        try {
            chain.doFilter(request, recorder);
            if (recorder.getStatus() < 500) {
                store.complete(
                        caller.merchantId(),
                        caller.livemode(),
                        key,
                        new StoredResponse(
                                recorder.getStatus(),
                                recorder.getContentType(),
                                new String(recorder.getContentAsByteArray(), StandardCharsets.UTF_8)));
                recorded = true;
            }
        } finally {
            if (!recorded) {
                store.release(caller.merchantId(), caller.livemode(), key);
            }
            recorder.copyBodyToResponse();
        }
    }

    private static void replay(HttpServletResponse response, StoredResponse stored) throws IOException {
        byte[] body = stored.body() == null ? new byte[0] : stored.body().getBytes(StandardCharsets.UTF_8);
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
