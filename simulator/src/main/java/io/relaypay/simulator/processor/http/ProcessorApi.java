package io.relaypay.simulator.processor.http;

import com.sun.net.httpserver.HttpExchange;
import io.relaypay.simulator.processor.BankTransfer;
import io.relaypay.simulator.processor.Processor;
import io.relaypay.simulator.processor.ProcessorException;
import io.relaypay.simulator.processor.Refund;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The processor API under {@code /processor/v1} ({@code Authorization: Bearer <key>},
 * {@code Idempotency-Key} on every POST) and the buyer's challenge page under
 * {@code /processor/challenges/{id}} (no key: it is what the issuer shows the card holder).
 */
public final class ProcessorApi {

    private static final Logger log = LoggerFactory.getLogger(ProcessorApi.class);
    private static final String BASE = "/processor/v1";

    private final Processor processor;
    private final byte[] apiKey;
    private final Idempotency idempotency = new Idempotency();

    /** The API over {@code processor}. */
    public ProcessorApi(Processor processor) {
        this.processor = processor;
        this.apiKey = processor.config().apiKey().getBytes(StandardCharsets.UTF_8);
    }

    /** Handles one request under {@code /processor/}; the caller closes the exchange. */
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        Reply reply;
        try {
            if (path.startsWith("/processor/challenges/") && method.equals("GET")) {
                reply = challengePage(path.substring("/processor/challenges/".length()));
            } else {
                authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
                if (method.equals("POST")) {
                    byte[] body = ProcessorJson.body(exchange);
                    Optional<String> key =
                            Optional.ofNullable(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                    reply = idempotency.run(path, key, body, () -> post(path, ProcessorJson.object(body)));
                    // Slow after the work, not before: a client that gives up has still been charged.
                    delay(processor.faults().latency());
                    if (!path.startsWith(BASE + "/control/")
                            && processor.faults().takeDrop()) {
                        log.info("POST {} carried out; answer dropped by fault", path);
                        // Closing before any response header closes the connection: no answer at all.
                        exchange.close();
                        return;
                    }
                } else if (method.equals("GET")) {
                    delay(processor.faults().latency());
                    reply = get(path, query(exchange));
                } else {
                    throw new ProcessorException(405, "method-not-allowed", method + " is not allowed here");
                }
            }
        } catch (ProcessorException e) {
            write(exchange, e.status(), "application/problem+json", ProcessorJson.problem(e), false);
            return;
        }
        write(exchange, reply.status(), "application/json", reply.body(), reply.replayed());
    }

    private Reply post(String path, JsonNode json) {
        String[] s = segments(path);
        boolean declineAll = processor.faults().declineAll();
        return switch (s.length) {
            case 1 ->
                switch (s[0]) {
                    case "tokens" ->
                        Reply.created(ProcessorJson.card(processor
                                .cards()
                                .tokenize(
                                        ProcessorJson.text(json, "number"),
                                        ProcessorJson.integer(json, "exp_month"),
                                        ProcessorJson.integer(json, "exp_year"))));
                    case "card-payments" ->
                        Reply.created(ProcessorJson.cardPayment(processor
                                .cards()
                                .authorize(
                                        ProcessorJson.text(json, "token"),
                                        ProcessorJson.amount(json, "amount"),
                                        ProcessorJson.currency(json),
                                        ProcessorJson.reference(json),
                                        ProcessorJson.flag(json, "capture", true),
                                        declineAll)));
                    case "bank-transfers" ->
                        Reply.created(ProcessorJson.bankTransfer(processor
                                .bankTransfers()
                                .create(
                                        direction(ProcessorJson.text(json, "direction")),
                                        ProcessorJson.text(json, "account_number"),
                                        json.path("routing_number").asString(""),
                                        ProcessorJson.amount(json, "amount"),
                                        ProcessorJson.currency(json),
                                        ProcessorJson.reference(json))));
                    case "stored-value-payments" ->
                        Reply.created(ProcessorJson.storedValuePayment(processor
                                .storedValue()
                                .charge(
                                        ProcessorJson.text(json, "email"),
                                        ProcessorJson.amount(json, "amount"),
                                        ProcessorJson.currency(json),
                                        ProcessorJson.reference(json),
                                        declineAll)));
                    default -> throw notFound(path);
                };
            case 2 -> control(s, json, path);
            case 3 ->
                switch (s[0] + "/" + s[2]) {
                    case "card-payments/challenge" ->
                        Reply.ok(ProcessorJson.cardPayment(
                                processor.cards().completeChallenge(s[1], ProcessorJson.text(json, "code"))));
                    case "card-payments/capture" ->
                        Reply.ok(ProcessorJson.cardPayment(processor
                                .cards()
                                .capture(s[1], ProcessorJson.amountOr(json, "amount", authorized(s[1])))));
                    case "card-payments/cancel" ->
                        Reply.ok(ProcessorJson.cardPayment(processor.cards().cancel(s[1])));
                    case "card-payments/refunds" ->
                        Reply.created(ProcessorJson.refund(processor
                                .cards()
                                .refund(s[1], ProcessorJson.amountOr(json, "amount", cardRefundable(s[1])))));
                    case "stored-value-payments/refunds" ->
                        Reply.created(ProcessorJson.refund(processor
                                .storedValue()
                                .refund(s[1], ProcessorJson.amountOr(json, "amount", storedValueRefundable(s[1])))));
                    default -> throw notFound(path);
                };
            default -> throw notFound(path);
        };
    }

    private Reply control(String[] s, JsonNode json, String path) {
        if (!s[0].equals("control")) {
            throw notFound(path);
        }
        switch (s[1]) {
            case "clock" -> {
                processor.advance(Duration.ofSeconds(ProcessorJson.amount(json, "advance_seconds")));
                return Reply.ok(Map.of("now", processor.clock().instant().toString()));
            }
            case "faults" -> {
                processor.declineAll(ProcessorJson.flag(json, "decline_all", false));
                processor.latency(
                        Duration.ofMillis(json.has("latency_ms") ? ProcessorJson.integer(json, "latency_ms") : 0));
                processor.dropResponses(json.has("drop_responses") ? ProcessorJson.integer(json, "drop_responses") : 0);
                return Reply.ok(Map.of("object", "faults"));
            }
            case "stored-value-accounts" -> {
                return Reply.ok(ProcessorJson.account(processor.fundStoredValue(
                        ProcessorJson.text(json, "email"),
                        ProcessorJson.currency(json),
                        ProcessorJson.amount(json, "amount"))));
            }
            default -> throw notFound(path);
        }
    }

    private Reply get(String path, Map<String, String> query) {
        String[] s = segments(path);
        if (s.length == 1 && query.containsKey("reference")) {
            String reference = query.get("reference");
            return switch (s[0]) {
                case "card-payments" ->
                    Reply.ok(ProcessorJson.list(processor.cards().byReference(reference).stream()
                            .map(ProcessorJson::cardPayment)
                            .toList()));
                case "bank-transfers" ->
                    Reply.ok(ProcessorJson.list(processor.bankTransfers().byReference(reference).stream()
                            .map(ProcessorJson::bankTransfer)
                            .toList()));
                case "stored-value-payments" ->
                    Reply.ok(ProcessorJson.list(processor.storedValue().byReference(reference).stream()
                            .map(ProcessorJson::storedValuePayment)
                            .toList()));
                default -> throw notFound(path);
            };
        }
        if (s.length == 2) {
            return switch (s[0]) {
                case "card-payments" ->
                    Reply.ok(ProcessorJson.cardPayment(
                            processor.cards().payment(s[1]).orElseThrow(() -> notFound(path))));
                case "bank-transfers" ->
                    Reply.ok(ProcessorJson.bankTransfer(
                            processor.bankTransfers().transfer(s[1]).orElseThrow(() -> notFound(path))));
                case "stored-value-payments" ->
                    Reply.ok(ProcessorJson.storedValuePayment(
                            processor.storedValue().payment(s[1]).orElseThrow(() -> notFound(path))));
                case "stored-value-accounts" ->
                    Reply.ok(ProcessorJson.account(
                            processor.storedValue().account(s[1]).orElseThrow(() -> notFound(path))));
                default -> throw notFound(path);
            };
        }
        if (s.length == 3 && s[2].equals("refunds")) {
            List<Refund> refunds = switch (s[0]) {
                case "card-payments" -> processor.cards().refunds(s[1]);
                case "stored-value-payments" -> processor.storedValue().refunds(s[1]);
                default -> throw notFound(path);
            };
            return Reply.ok(ProcessorJson.list(
                    refunds.stream().map(ProcessorJson::refund).toList()));
        }
        throw notFound(path);
    }

    private Reply challengePage(String challengeId) {
        return processor
                .cards()
                .challenge(challengeId)
                .map(c -> Reply.ok(
                        Map.of("id", c.id(), "object", "challenge", "payment", c.paymentId(), "code", c.code())))
                .orElseThrow(() -> new ProcessorException(404, "no-such-challenge", "no challenge " + challengeId));
    }

    private long authorized(String paymentId) {
        return processor.cards().payment(paymentId).map(p -> p.amount()).orElse(1L);
    }

    private long cardRefundable(String paymentId) {
        return processor
                .cards()
                .payment(paymentId)
                .map(p -> Math.max(1, p.amountCaptured() - p.amountRefunded()))
                .orElse(1L);
    }

    private long storedValueRefundable(String paymentId) {
        return processor
                .storedValue()
                .payment(paymentId)
                .map(p -> Math.max(1, p.amount() - p.amountRefunded()))
                .orElse(1L);
    }

    private static BankTransfer.Direction direction(String text) {
        return switch (text) {
            case "debit" -> BankTransfer.Direction.DEBIT;
            case "credit" -> BankTransfer.Direction.CREDIT;
            default -> throw new ProcessorException(400, "invalid-request", "direction must be debit or credit");
        };
    }

    private static String[] segments(String path) {
        if (!path.startsWith(BASE + "/")) {
            throw notFound(path);
        }
        String[] s = path.substring(BASE.length() + 1).split("/", -1);
        for (String part : s) {
            if (part.isEmpty()) {
                throw notFound(path);
            }
        }
        return s;
    }

    private static Map<String, String> query(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawQuery();
        Map<String, String> query = new java.util.HashMap<>();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private void authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized();
        }
        byte[] presented = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(presented, apiKey)) {
            throw unauthorized();
        }
    }

    private static ProcessorException unauthorized() {
        return new ProcessorException(401, "unauthorized", "a valid Bearer API key is required");
    }

    private static ProcessorException notFound(String path) {
        return new ProcessorException(404, "not-found", "nothing at " + path);
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

    private static void write(HttpExchange exchange, int status, String contentType, Object body, boolean replayed)
            throws IOException {
        byte[] bytes = ProcessorJson.JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (replayed) {
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
