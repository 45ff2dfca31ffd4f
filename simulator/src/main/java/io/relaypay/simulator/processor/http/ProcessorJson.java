package io.relaypay.simulator.processor.http;

import com.sun.net.httpserver.HttpExchange;
import io.relaypay.simulator.processor.BankTransfer;
import io.relaypay.simulator.processor.Card;
import io.relaypay.simulator.processor.CardPayment;
import io.relaypay.simulator.processor.ProcessorException;
import io.relaypay.simulator.processor.Refund;
import io.relaypay.simulator.processor.StoredValue;
import io.relaypay.simulator.processor.StoredValuePayment;
import java.io.IOException;
import java.io.InputStream;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading request bodies and writing the processor's objects, Stripe-style: snake_case members,
 * integer minor units, lower-case statuses, an {@code object} member naming the type.
 */
final class ProcessorJson {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY = 16 * 1024;

    private ProcessorJson() {}

    /** The raw body, at most 16 KiB. */
    static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new ProcessorException(413, "too-large", "bodies are limited to " + MAX_BODY + " bytes");
            }
            return body;
        }
    }

    /** {@code body} as a JSON object; empty means {@code {}}. */
    static JsonNode object(byte[] body) {
        if (body.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || !json.isObject()) {
                throw new ProcessorException(400, "bad-json", "expected a JSON object");
            }
            return json;
        } catch (JacksonException e) {
            throw new ProcessorException(400, "bad-json", e.getOriginalMessage());
        }
    }

    static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw invalid(field + " is required and must be a string");
        }
        return value.stringValue();
    }

    static long amount(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() <= 0) {
            throw invalid(field + " is required and must be a positive integer of minor units");
        }
        return value.longValue();
    }

    static long amountOr(JsonNode json, String field, long otherwise) {
        return json.has(field) ? amount(json, field) : otherwise;
    }

    static int integer(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalid(field + " is required and must be an integer");
        }
        return value.intValue();
    }

    static String currency(JsonNode json) {
        String code = text(json, "currency").toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw invalid("unknown currency " + code);
        }
        return code;
    }

    static boolean flag(JsonNode json, String field, boolean otherwise) {
        JsonNode value = json.get(field);
        if (value == null) {
            return otherwise;
        }
        if (!value.isBoolean()) {
            throw invalid(field + " must be true or false");
        }
        return value.booleanValue();
    }

    static String reference(JsonNode json) {
        String reference = text(json, "reference");
        if (reference.length() > 128) {
            throw invalid("reference is limited to 128 characters");
        }
        return reference;
    }

    private static ProcessorException invalid(String message) {
        return new ProcessorException(400, "invalid-request", message);
    }

    static Map<String, Object> card(Card card) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", card.token());
        m.put("object", "token");
        m.put("brand", card.brand());
        m.put("last4", card.last4());
        m.put("exp_month", card.expMonth());
        m.put("exp_year", card.expYear());
        return m;
    }

    static Map<String, Object> cardPayment(CardPayment p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("object", "card_payment");
        m.put("token", p.token());
        m.put("amount", p.amount());
        m.put("currency", p.currency());
        m.put("reference", p.reference());
        m.put("status", p.status().name().toLowerCase(Locale.ROOT));
        m.put("amount_captured", p.amountCaptured());
        m.put("amount_refunded", p.amountRefunded());
        m.put("created", p.created().getEpochSecond());
        if (!p.declineCode().isEmpty()) {
            m.put("decline_code", p.declineCode());
        }
        if (p.status() == CardPayment.Status.REQUIRES_ACTION) {
            m.put(
                    "next_action",
                    Map.of(
                            "type",
                            "challenge",
                            "challenge_id",
                            p.challengeId(),
                            "url",
                            "/processor/challenges/" + p.challengeId()));
        }
        return m;
    }

    static Map<String, Object> bankTransfer(BankTransfer t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("object", "bank_transfer");
        m.put("direction", t.direction().name().toLowerCase(Locale.ROOT));
        m.put("account_last4", t.last4());
        m.put("routing_number", t.routingNumber());
        m.put("amount", t.amount());
        m.put("currency", t.currency());
        m.put("reference", t.reference());
        m.put("status", t.status().name().toLowerCase(Locale.ROOT));
        m.put("created", t.created().getEpochSecond());
        m.put("settles_at", t.settlesAt().getEpochSecond());
        if (!t.returnCode().isEmpty()) {
            m.put("return_code", t.returnCode());
            m.put("return_reason", BankTransfer.returnReason(t.returnCode()));
        }
        return m;
    }

    static Map<String, Object> storedValuePayment(StoredValuePayment p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("object", "stored_value_payment");
        m.put("email", p.email());
        m.put("amount", p.amount());
        m.put("currency", p.currency());
        m.put("reference", p.reference());
        m.put("status", p.succeeded() ? "succeeded" : "declined");
        m.put("amount_refunded", p.amountRefunded());
        m.put("created", p.created().getEpochSecond());
        if (!p.succeeded()) {
            m.put("decline_code", p.declineCode());
        }
        return m;
    }

    static Map<String, Object> account(StoredValue.Account a) {
        return Map.of(
                "object", "stored_value_account", "email", a.email(), "currency", a.currency(), "balance", a.balance());
    }

    static Map<String, Object> refund(Refund r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("object", "refund");
        m.put("payment", r.paymentId());
        m.put("amount", r.amount());
        m.put("status", "succeeded");
        m.put("created", r.created().getEpochSecond());
        return m;
    }

    static Map<String, Object> list(java.util.List<?> data) {
        return Map.of("object", "list", "data", data);
    }

    static Map<String, Object> problem(ProcessorException e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "https://relaypay.io/problems/processor/" + e.code());
        m.put("title", e.code());
        m.put("status", e.status());
        m.put("detail", e.getMessage());
        m.put("code", e.code());
        return m;
    }
}
