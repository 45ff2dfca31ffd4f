package io.relaypay.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import io.relaypay.simulator.network.MtMessage;
import io.relaypay.simulator.network.MtOutcome;
import io.relaypay.simulator.network.Network;
import io.relaypay.simulator.network.PremiumPrice;
import io.relaypay.simulator.network.VirtualPhone;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A JSON aggregator API in the style of modern SMS providers: {@code POST /api/v1/messages} with
 * {@code Authorization: Bearer <api key>} and {@code {from, to, text, premium_price?: {amount,
 * currency}, callback_url?}} answers 201 {@code {id, status: "accepted"}}; the delivery report is
 * POSTed to {@code callback_url} as {@code {id, status: "delivered"|"failed", error_code?, to,
 * time}}. Errors are {@code application/problem+json}: 401 without the key, 400 for bad JSON or
 * fields, 422 {@code unknown-recipient} or {@code price-not-billable}.
 */
final class JsonAggregatorApi {

    static final String VIA = "json";

    private final Network network;
    private final Callbacks callbacks;
    private final byte[] apiKey;
    private final Duration dlrDelay;

    JsonAggregatorApi(Network network, Callbacks callbacks, String apiKey, Duration dlrDelay) {
        this.network = network;
        this.callbacks = callbacks;
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
        this.dlrDelay = dlrDelay;
    }

    void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/api/v1/messages")) {
            throw new ProblemException(Problem.notFound(exchange.getRequestURI().getPath()));
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            throw new ProblemException(Problem.methodNotAllowed(exchange.getRequestMethod()));
        }
        requireApiKey(exchange.getRequestHeaders().getFirst("Authorization"));
        String mediaType = Exchanges.mediaType(exchange);
        if (!mediaType.equals("application/json") && !mediaType.isEmpty()) {
            throw new ProblemException(Problem.unsupportedMediaType(mediaType));
        }
        JsonNode json;
        try {
            json = Exchanges.JSON.readTree(Exchanges.body(exchange));
        } catch (JacksonException e) {
            throw new ProblemException(Problem.badJson(e.getOriginalMessage()));
        }
        if (json == null || !json.isObject()) {
            throw new ProblemException(Problem.badJson("expected a JSON object"));
        }
        String from = string(json, "from");
        String to = string(json, "to");
        String text = string(json, "text");
        Optional<PremiumPrice> price = price(json.get("premium_price"));
        Optional<URI> callback = callback(json.get("callback_url"));

        VirtualPhone phone = network.phone(to)
                .orElseThrow(() -> new ProblemException(Problem.unprocessable(
                        "unknown-recipient", "Unknown recipient", "no subscriber " + to + " on this network")));
        if (price.isPresent() && !network.billable(phone, price.get())) {
            throw new ProblemException(Problem.unprocessable(
                    "price-not-billable",
                    "Price not billable",
                    price.get().wire() + " is not a price point of carrier " + phone.carrier()));
        }
        String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        MtOutcome outcome = network.deliver(phone, new MtMessage(from, text, price, VIA, id));
        callback.ifPresent(uri -> report(uri, id, phone, outcome));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("status", "accepted");
        Exchanges.json(exchange, 201, answer);
    }

    private void report(URI uri, String id, VirtualPhone phone, MtOutcome outcome) {
        Map<String, Object> dlr = new LinkedHashMap<>();
        dlr.put("id", id);
        dlr.put("status", outcome == MtOutcome.DELIVERED ? "delivered" : "failed");
        if (outcome != MtOutcome.DELIVERED) {
            dlr.put("error_code", "premium_barred");
        }
        dlr.put("to", phone.msisdn());
        dlr.put("time", network.clock().instant().plus(dlrDelay).toString());
        callbacks.postJson(uri, Exchanges.JSON.writeValueAsBytes(dlr), dlrDelay, "json dlr " + id);
    }

    private void requireApiKey(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ProblemException(Problem.unauthorized());
        }
        byte[] presented = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(presented, apiKey)) {
            throw new ProblemException(Problem.unauthorized());
        }
    }

    private static String string(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw new ProblemException(Problem.invalid("\"" + field + "\" must be a non-empty string"));
        }
        return value.stringValue();
    }

    private static Optional<PremiumPrice> price(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        JsonNode amount = node.get("amount");
        JsonNode currency = node.get("currency");
        if (!node.isObject()
                || amount == null
                || !amount.isIntegralNumber()
                || currency == null
                || !currency.isString()) {
            throw new ProblemException(
                    Problem.invalid("\"premium_price\" must be {\"amount\": <minor units>, \"currency\": \"EUR\"}"));
        }
        try {
            return Optional.of(new PremiumPrice(amount.asLong(), currency.stringValue()));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.invalid("premium_price: " + e.getMessage()));
        }
    }

    private static Optional<URI> callback(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isString()) {
            throw new ProblemException(Problem.invalid("\"callback_url\" must be a string"));
        }
        try {
            URI uri = new URI(node.stringValue());
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new URISyntaxException(node.stringValue(), "not an absolute http(s) URL");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new ProblemException(Problem.invalid("callback_url: " + e.getMessage()));
        }
    }
}
