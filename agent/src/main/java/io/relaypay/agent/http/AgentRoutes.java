package io.relaypay.agent.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.relaypay.agent.interchange.InterchangeProblem;
import io.relaypay.agent.interchange.MerchantKey;
import io.relaypay.agent.interchange.MerchantKeys;
import io.relaypay.agent.pairing.PairingStore;
import io.relaypay.agent.payment.Caller;
import io.relaypay.agent.payment.PaymentFlow;
import io.relaypay.agent.payment.PaymentResult;
import io.relaypay.agent.prompt.PromptDesk;
import io.relaypay.sdk.json.JsonObject;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The agent's API: {@code GET /v1/status}, {@code POST /v1/payments}, {@code POST /v1/pairings},
 * and the CORS preflights of the first two. Every request passes the same gates, in this order:
 * Host, rate limit, a well-formed Origin if any; then a page must name a merchant key whose allowed
 * origins hold its Origin exactly (else the uniform 403 without CORS headers), a native caller must
 * show its pairing token; only then is a body read, and only as JSON within {@link #MAX_BODY}.
 */
public final class AgentRoutes implements HttpHandler {

    /** The largest request body the agent reads. */
    public static final int MAX_BODY = 8 * 1024;

    private static final Logger log = Logger.getLogger(AgentRoutes.class.getName());
    private static final Pattern APP_NAME = Pattern.compile("[\\p{L}\\p{N} ._-]{1,64}");

    private final HostCheck host;
    private final RateLimiter limiter;
    private final MerchantKeys keys;
    private final PaymentFlow payments;
    private final PairingStore pairings;
    private final PromptDesk desk;
    private final BooleanSupplier enrolled;
    private final String version;

    AgentRoutes(
            int port,
            RateLimiter limiter,
            MerchantKeys keys,
            PaymentFlow payments,
            PairingStore pairings,
            PromptDesk desk,
            BooleanSupplier enrolled,
            String version) {
        this.host = new HostCheck(port);
        this.limiter = limiter;
        this.keys = keys;
        this.payments = payments;
        this.pairings = pairings;
        this.desk = desk;
        this.enrolled = enrolled;
        this.version = version;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                if (!host.accepts(exchange.getRequestHeaders().get("Host"))) {
                    throw Refusal.of(AgentProblem.FORBIDDEN);
                }
                if (!limiter.tryAcquire()) {
                    throw Refusal.of(AgentProblem.RATE_LIMITED, "slow down");
                }
                Optional<String> origin =
                        OriginGate.originOf(exchange.getRequestHeaders().get("Origin"));
                origin.ifPresent(OriginGate::refuseMalformed);
                String method = exchange.getRequestMethod();
                switch (exchange.getRequestURI().getRawPath()) {
                    case "/v1/status" -> {
                        if (method.equals("OPTIONS")) {
                            preflight(exchange, origin, "GET");
                        } else {
                            allow(method, "GET");
                            status(exchange, origin);
                        }
                    }
                    case "/v1/payments" -> {
                        if (method.equals("OPTIONS")) {
                            preflight(exchange, origin, "POST");
                        } else {
                            allow(method, "POST");
                            pay(exchange, origin);
                        }
                    }
                    case "/v1/pairings" -> {
                        allow(method, "POST");
                        pair(exchange, origin);
                    }
                    default -> throw Refusal.of(AgentProblem.NOT_FOUND);
                }
            } catch (Refusal refusal) {
                Exchanges.problem(exchange, refusal);
            } catch (RuntimeException e) {
                log.log(Level.WARNING, "request failed: " + e.getClass().getSimpleName());
                Exchanges.problem(exchange, Refusal.of(AgentProblem.INTERNAL));
            }
        }
    }

    private static void allow(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw Refusal.of(AgentProblem.METHOD_NOT_ALLOWED, "use " + allowed);
        }
    }

    private void preflight(HttpExchange exchange, Optional<String> origin, String methods) throws IOException {
        String requested = exchange.getRequestHeaders().getFirst("Access-Control-Request-Method");
        if (origin.isEmpty() || requested == null) {
            throw Refusal.of(AgentProblem.FORBIDDEN);
        }
        Caller.Page page = admit(exchange, origin.get());
        if (!requested.equals(methods)) {
            throw Refusal.of(AgentProblem.METHOD_NOT_ALLOWED, "use " + methods);
        }
        Cors.preflight(exchange, page.origin(), methods);
        Exchanges.noContent(exchange);
    }

    private void status(HttpExchange exchange, Optional<String> origin) throws IOException {
        if (origin.isPresent()) {
            admit(exchange, origin.get());
        }
        Exchanges.json(
                exchange,
                200,
                JsonObject.builder()
                        .put("agent", "relaypay")
                        .put("version", version)
                        .put("enrolled", enrolled.getAsBoolean())
                        .build());
    }

    private void pay(HttpExchange exchange, Optional<String> origin) throws IOException {
        Caller caller = origin.isPresent() ? admit(exchange, origin.get()) : pairedApp(exchange);
        JsonObject body = Exchanges.jsonBody(exchange, MAX_BODY);
        PaymentResult result = payments.pay(Json.requiredText(body, "token"), caller);
        Exchanges.json(exchange, 200, result.json());
    }

    /** Pages cannot pair: only a native program, which sends no Origin, may ask. */
    private void pair(HttpExchange exchange, Optional<String> origin) throws IOException {
        if (origin.isPresent() || exchange.getRequestHeaders().containsKey("Sec-Fetch-Site")) {
            throw Refusal.of(AgentProblem.FORBIDDEN);
        }
        JsonObject body = Exchanges.jsonBody(exchange, MAX_BODY);
        String appName = Json.requiredText(body, "app_name").strip();
        if (!APP_NAME.matcher(appName).matches()) {
            throw Refusal.of(AgentProblem.INVALID_REQUEST, "app_name: 1-64 letters, digits, spaces, . _ -");
        }
        Optional<Boolean> approved = desk.approvePairing(appName);
        if (approved.isEmpty()) {
            throw Refusal.of(AgentProblem.PROMPT_BUSY, "another Relaypay prompt is open");
        }
        if (!approved.get()) {
            throw Refusal.of(AgentProblem.PAIRING_DECLINED, "the user did not allow this app");
        }
        JsonObject answer = JsonObject.builder()
                .put("pairing_token", pairings.pair(appName))
                .put("app_name", appName)
                .build();
        log.info(() -> "paired app=" + appName);
        Exchanges.json(exchange, 201, answer);
    }

    /**
     * The page's caller identity when its Origin is one of the allowed origins of the merchant key
     * it names in the query ({@code ?merchant=acct_…&kid=akey_…}), with the CORS header set; else
     * the uniform 403. A preflight carries no body, so the query is how it says whose origins apply.
     */
    private Caller.Page admit(HttpExchange exchange, String origin) {
        String merchant = query(exchange, "merchant").orElse("");
        String kid = query(exchange, "kid").orElse("");
        if (!MerchantKeys.wellFormed(merchant) || !MerchantKeys.wellFormed(kid)) {
            throw Refusal.of(AgentProblem.FORBIDDEN);
        }
        MerchantKey key;
        try {
            key = keys.find(merchant, kid);
        } catch (InterchangeProblem e) {
            throw Refusal.of(AgentProblem.FORBIDDEN);
        }
        Cors.allow(exchange, OriginGate.admit(origin, key.allowedOrigins()));
        return new Caller.Page(origin, merchant, kid);
    }

    private Caller.App pairedApp(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw Refusal.of(AgentProblem.FORBIDDEN);
        }
        return pairings.appFor(authorization.substring("Bearer ".length()).strip())
                .map(Caller.App::new)
                .orElseThrow(() -> Refusal.of(AgentProblem.FORBIDDEN));
    }

    private static Optional<String> query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        Optional<String> found = Optional.empty();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                if (found.isPresent()) {
                    return Optional.empty();
                }
                try {
                    found = Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return found;
    }
}
