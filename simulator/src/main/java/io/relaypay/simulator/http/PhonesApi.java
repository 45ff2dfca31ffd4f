package io.relaypay.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import io.relaypay.simulator.CarrierRevenue;
import io.relaypay.simulator.Charge;
import io.relaypay.simulator.ChargeKind;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.network.MoMessage;
import io.relaypay.simulator.network.Network;
import io.relaypay.simulator.network.VirtualPhone;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The simulator's HTTP API (ARCHITECTURE.md contract): {@code GET /phones}, {@code GET|POST
 * /phones/{msisdn}/messages}, {@code GET /phones/{msisdn}/bill} (premium messages, operator billing
 * charges and refunds), {@code GET /carriers}, {@code GET /carriers/{name}/remittance?from=&to=} (what
 * the carrier pays the service provider for a period, line by line). A form
 * post to the messages resource (the web page's reply form) sends the MO and redirects to the page.
 */
final class PhonesApi {

    private final Network network;

    PhonesApi(Network network) {
        this.network = network;
    }

    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        String[] segments = path.substring(1).split("/");
        if (path.equals("/carriers")) {
            requireGet(method);
            Exchanges.json(
                    exchange,
                    200,
                    network.carriers().revenue().stream()
                            .map(PhonesApi::revenue)
                            .toList());
        } else if (segments.length == 3 && segments[0].equals("carriers") && segments[2].equals("remittance")) {
            requireGet(method);
            Exchanges.json(
                    exchange,
                    200,
                    remittance(segments[1], exchange.getRequestURI().getQuery()));
        } else if (path.equals("/phones") || path.equals("/phones/")) {
            requireGet(method);
            Exchanges.json(
                    exchange,
                    200,
                    network.phones().stream().map(PhonesApi::phone).toList());
        } else if (segments.length == 3 && segments[0].equals("phones") && segments[2].equals("messages")) {
            VirtualPhone phone = phone(segments[1]);
            switch (method) {
                case "GET" ->
                    Exchanges.json(
                            exchange,
                            200,
                            phone.inbox().stream().map(PhonesApi::message).toList());
                case "POST" -> sendMo(exchange, phone);
                default -> throw new ProblemException(Problem.methodNotAllowed(method));
            }
        } else if (segments.length == 3 && segments[0].equals("phones") && segments[2].equals("bill")) {
            requireGet(method);
            Exchanges.json(
                    exchange,
                    200,
                    phone(segments[1]).bill().stream().map(PhonesApi::charge).toList());
        } else {
            throw new ProblemException(Problem.notFound(path));
        }
    }

    private void sendMo(HttpExchange exchange, VirtualPhone phone) throws IOException {
        String mediaType = Exchanges.mediaType(exchange);
        byte[] body = Exchanges.body(exchange);
        if (mediaType.equals("application/x-www-form-urlencoded")) {
            FormParameters form = FormParameters.parse(body);
            send(phone, form.text("to").orElse(""), form.text("text").orElse(""));
            Exchanges.redirect(exchange, "/#" + URLEncoder.encode(phone.msisdn(), StandardCharsets.UTF_8));
            return;
        }
        if (!mediaType.equals("application/json") && !mediaType.isEmpty()) {
            throw new ProblemException(Problem.unsupportedMediaType(mediaType));
        }
        JsonNode json;
        try {
            json = Exchanges.JSON.readTree(body);
        } catch (JacksonException e) {
            throw new ProblemException(Problem.badJson(e.getOriginalMessage()));
        }
        if (json == null || !json.isObject()) {
            throw new ProblemException(Problem.badJson("expected a JSON object {\"to\": ..., \"text\": ...}"));
        }
        String to = requiredString(json, "to");
        String text = requiredString(json, "text");
        MoMessage mo = send(phone, to, text);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", mo.id());
        answer.put("from", mo.from());
        answer.put("to", mo.to());
        answer.put("text", mo.text());
        answer.put("status", "sent");
        Exchanges.json(exchange, 202, answer);
    }

    private MoMessage send(VirtualPhone phone, String to, String text) {
        if (text.isEmpty()) {
            throw new ProblemException(Problem.invalid("text must not be empty"));
        }
        try {
            return network.sendMo(phone, to.strip(), text);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.invalid(e.getMessage()));
        }
    }

    private static String requiredString(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isString()) {
            throw new ProblemException(Problem.invalid("\"" + field + "\" must be a string"));
        }
        return value.stringValue();
    }

    private VirtualPhone phone(String msisdn) {
        return network.phone(msisdn).orElseThrow(() -> new ProblemException(Problem.unknownPhone(msisdn)));
    }

    private static void requireGet(String method) {
        if (!method.equals("GET")) {
            throw new ProblemException(Problem.methodNotAllowed(method));
        }
    }

    private static Map<String, Object> phone(VirtualPhone phone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("msisdn", phone.msisdn());
        json.put("carrier", phone.carrier());
        json.put("premium_barred", phone.premiumBarred());
        return json;
    }

    static Map<String, Object> message(ReceivedMessage message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", message.networkMessageId());
        json.put("text", message.text());
        json.put("sender", message.sender());
        json.put("premium_price", message.premiumPriceMinor().orElse(null));
        json.put("currency", message.currency().orElse(null));
        json.put("time", message.receivedAt().toString());
        json.put("via", message.via());
        return json;
    }

    private static Map<String, Object> charge(Charge charge) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", charge.kind().wireName());
        json.put("amount", charge.amountMinor());
        json.put("currency", charge.currency());
        json.put("time", charge.at().toString());
        json.put("service", charge.service());
        json.put("reference", charge.reference());
        json.put("description", charge.description());
        if (charge.kind() == ChargeKind.PREMIUM_SMS || charge.kind() == ChargeKind.PREMIUM_MO) {
            // The names this resource had before operator billing; kept for existing clients.
            json.put("short_code", charge.service());
            json.put("message_id", charge.reference());
        }
        json.put("carrier_share", charge.carrierShareMinor());
        return json;
    }

    private Map<String, Object> remittance(String carrierName, String query) {
        io.relaypay.simulator.CarrierConfig carrier = network.carriers()
                .carrier(carrierName)
                .orElseThrow(() -> new ProblemException(Problem.notFound("/carriers/" + carrierName)));
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(
                            pair.substring(0, eq),
                            java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        java.time.Instant from;
        java.time.Instant to;
        try {
            from = java.time.Instant.parse(params.getOrDefault("from", ""));
            to = java.time.Instant.parse(params.getOrDefault("to", ""));
        } catch (java.time.format.DateTimeParseException e) {
            throw new ProblemException(Problem.invalid("from and to must be instants like 2026-11-01T00:00:00Z"));
        }
        io.relaypay.simulator.CarrierRemittance remittance = io.relaypay.simulator.CarrierRemittance.of(
                carrierName, carrier.currency(), from, to, network.carriers().charges(carrierName));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", remittance.reference());
        json.put("carrier", remittance.carrier());
        json.put("currency", remittance.currency());
        json.put("from", remittance.from().toString());
        json.put("to", remittance.to().toString());
        json.put("payable", remittance.payableMinor());
        json.put(
                "lines",
                remittance.lines().stream()
                        .map(l -> {
                            Map<String, Object> line = new LinkedHashMap<>();
                            line.put("reference", l.reference());
                            line.put("kind", l.kind().wireName());
                            line.put("billed", l.billedMinor());
                            line.put("carrier_share", l.carrierShareMinor());
                            line.put("payable", l.payableMinor());
                            line.put("at", l.at().toString());
                            return line;
                        })
                        .toList());
        return json;
    }

    private static Map<String, Object> revenue(CarrierRevenue revenue) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("carrier", revenue.carrier());
        json.put("currency", revenue.currency());
        json.put("charges", revenue.charges());
        json.put("billed", revenue.billedMinor());
        json.put("carrier_share", revenue.carrierShareMinor());
        json.put("payable", revenue.payableMinor());
        return json;
    }
}
