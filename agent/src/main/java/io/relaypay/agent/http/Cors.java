package io.relaypay.agent.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

/**
 * CORS headers, written only for an origin already admitted by {@link OriginGate}; a refused
 * origin gets none, so its page cannot read even the refusal.
 */
final class Cors {

    static final String MAX_AGE = "60";

    private Cors() {}

    static void allow(HttpExchange exchange, String admittedOrigin) {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Access-Control-Allow-Origin", admittedOrigin);
    }

    /**
     * The answer to a preflight from an admitted origin. A page on a public (https) address asking
     * for the loopback address sends {@code Access-Control-Request-Private-Network} (Private Network
     * Access) or {@code Access-Control-Request-Local-Network} (Local Network Access); the agent says
     * yes only here, after the origin was admitted.
     */
    static void preflight(HttpExchange exchange, String admittedOrigin, String methods) {
        allow(exchange, admittedOrigin);
        Headers request = exchange.getRequestHeaders();
        Headers headers = exchange.getResponseHeaders();
        headers.set("Access-Control-Allow-Methods", methods);
        headers.set("Access-Control-Allow-Headers", "Content-Type");
        headers.set("Access-Control-Max-Age", MAX_AGE);
        if ("true".equalsIgnoreCase(request.getFirst("Access-Control-Request-Private-Network"))) {
            headers.set("Access-Control-Allow-Private-Network", "true");
        }
        if ("true".equalsIgnoreCase(request.getFirst("Access-Control-Request-Local-Network"))) {
            headers.set("Access-Control-Allow-Local-Network", "true");
        }
    }
}
