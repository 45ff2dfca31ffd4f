package io.relaypay.simulator.billing.http;

import com.sun.net.httpserver.HttpExchange;
import io.relaypay.simulator.billing.BillingException;
import io.relaypay.simulator.billing.OperatorBilling;
import io.relaypay.simulator.billing.PaymentFlow;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator billing API under {@code /carrier-billing/v0}, shaped as CAMARA's Carrier Billing
 * API (payments, prepare, confirm, cancel) and Carrier Billing Refund API (refunds), with {@code
 * Authorization: Bearer <billingApiKey>}. It authenticates, applies the latency and drop faults,
 * routes to one resource per path, and writes the answer: JSON, or a problem ({@code
 * application/problem+json} with CAMARA's {@code status}, {@code code}, {@code message}).
 */
public final class CarrierBillingApi {

    private static final Logger log = LoggerFactory.getLogger(CarrierBillingApi.class);
    private static final String X_CORRELATOR = "x-correlator";

    private final OperatorBilling billing;
    private final byte[] apiKey;
    private final PaymentsResource payments;
    private final PaymentResource payment;
    private final RefundsResource refunds;

    /** The API over {@code billing}, accepting the bearer token {@code apiKey}. */
    public CarrierBillingApi(OperatorBilling billing, String apiKey) {
        this.billing = billing;
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
        this.payments = new PaymentsResource(billing);
        this.payment = new PaymentResource(billing);
        this.refunds = new RefundsResource(billing);
    }

    /** Handles one request under {@link BillingRepresentations#BASE_PATH}; the caller closes the exchange. */
    public void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        try {
            echoCorrelator(exchange);
            authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
            delay(billing.faults().latency());
            if (exchange.getRequestMethod().equals("POST") && billing.faults().takeRequestDrop()) {
                log.info("POST {} dropped by fault before any work", exchange.getRequestURI());
                exchange.close();
                return;
            }
            reply = route(exchange);
        } catch (BillingProblemException e) {
            write(
                    exchange,
                    e.problem().status(),
                    "application/problem+json",
                    e.problem().body());
            return;
        } catch (BillingException e) {
            BillingProblem problem = BillingProblem.of(e.error(), e.getMessage());
            write(exchange, problem.status(), "application/problem+json", problem.body());
            return;
        }
        if (exchange.getRequestMethod().equals("POST") && billing.faults().takeDrop()) {
            log.info(
                    "{} {} carried out; answer dropped by fault",
                    exchange.getRequestMethod(),
                    exchange.getRequestURI());
            // Closing before any response header closes the TCP connection: the client sees no answer.
            exchange.close();
            return;
        }
        reply.location().ifPresent(l -> exchange.getResponseHeaders().set("Location", l));
        if (reply.replayed()) {
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
        }
        write(exchange, reply.status(), "application/json", reply.body());
    }

    private Reply route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        String prefix = BillingRepresentations.BASE_PATH + "/payments";
        if (!path.equals(prefix) && !path.startsWith(prefix + "/")) {
            throw new BillingProblemException(BillingProblem.notFound(path));
        }
        String[] s = path.substring(prefix.length()).split("/", -1);
        // s[0] is "" (before the first slash); s[1] the payment id or "prepare", then the action.
        if (s.length == 1) {
            return switch (method) {
                case "POST" -> payments.create(exchange, PaymentFlow.ONE_STEP);
                case "GET" -> payments.find(exchange);
                default -> throw notAllowed(method);
            };
        }
        if (s[1].isEmpty()) {
            throw new BillingProblemException(BillingProblem.notFound(path));
        }
        if (s.length == 2 && s[1].equals("prepare")) {
            requireMethod(method, "POST");
            return payments.create(exchange, PaymentFlow.TWO_STEP);
        }
        String id = s[1];
        if (s.length == 2) {
            requireMethod(method, "GET");
            return payment.get(id);
        }
        if (s.length == 3 && s[2].equals("confirm")) {
            requireMethod(method, "POST");
            return payment.confirm(exchange, id);
        }
        if (s.length == 3 && s[2].equals("cancel")) {
            requireMethod(method, "POST");
            return payment.cancel(exchange, id);
        }
        if (s.length == 3 && s[2].equals("refunds")) {
            return switch (method) {
                case "POST" -> refunds.create(exchange, id);
                case "GET" -> refunds.list(id);
                default -> throw notAllowed(method);
            };
        }
        if (s.length == 4 && s[2].equals("refunds") && !s[3].isEmpty()) {
            requireMethod(method, "GET");
            return refunds.get(id, s[3]);
        }
        throw new BillingProblemException(BillingProblem.notFound(path));
    }

    private void authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new BillingProblemException(BillingProblem.unauthenticated());
        }
        byte[] presented = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(presented, apiKey)) {
            throw new BillingProblemException(BillingProblem.unauthenticated());
        }
    }

    /** CAMARA's {@code x-correlator}: echoed when well-formed, refused otherwise. */
    private static void echoCorrelator(HttpExchange exchange) {
        String correlator = exchange.getRequestHeaders().getFirst(X_CORRELATOR);
        if (correlator == null) {
            return;
        }
        if (!correlator.matches("[a-zA-Z0-9-]{0,55}")) {
            throw BillingJson.invalid("x-correlator must match ^[a-zA-Z0-9-]{0,55}$");
        }
        exchange.getResponseHeaders().set(X_CORRELATOR, correlator);
    }

    private static void delay(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void requireMethod(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw notAllowed(method);
        }
    }

    private static BillingProblemException notAllowed(String method) {
        return new BillingProblemException(BillingProblem.methodNotAllowed(method));
    }

    private static void write(HttpExchange exchange, int status, String contentType, Object body) throws IOException {
        byte[] bytes = BillingJson.JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
