package io.relaypay.simulator.billing.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading billing API request bodies. CAMARA's amounts are decimal numbers in major units
 * ({@code 4.99}); they are read as exact decimals, never as floating point, and converted to minor
 * units of the currency.
 */
final class BillingJson {

    /** Floats are read as {@link BigDecimal}, so {@code 0.1} stays 0.1. */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    static final int MAX_BODY = 64 * 1024;

    /** Largest amount accepted, in major units digits before the point. */
    private static final int MAX_INTEGER_DIGITS = 12;

    private BillingJson() {}

    /**
     * The request body as a JSON object; an empty body is an empty object when {@code emptyAllowed}.
     *
     * @throws BillingProblemException for a wrong media type, a body too large, or not a JSON object
     */
    static JsonNode object(HttpExchange exchange, boolean emptyAllowed) throws IOException {
        String mediaType = mediaType(exchange);
        if (!mediaType.isEmpty() && !mediaType.equals("application/json")) {
            throw new BillingProblemException(BillingProblem.unsupportedMediaType(mediaType));
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            throw new BillingProblemException(BillingProblem.tooLarge(MAX_BODY));
        }
        if (body.length == 0 && emptyAllowed) {
            return JSON.createObjectNode();
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new BillingProblemException(BillingProblem.badJson(e.getOriginalMessage()));
        }
        if (json == null || !json.isObject()) {
            throw new BillingProblemException(BillingProblem.badJson("expected a JSON object"));
        }
        return json;
    }

    private static String mediaType(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The member {@code field} of {@code parent} as an object; empty when absent or null. */
    static Optional<JsonNode> optionalObject(JsonNode parent, String path, String field) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw invalid(path + field + " must be an object");
        }
        return Optional.of(value);
    }

    static JsonNode requiredObject(JsonNode parent, String path, String field) {
        return optionalObject(parent, path, field)
                .orElseThrow(() -> invalid("Expected property is missing: " + path + field));
    }

    /** The member {@code field} as a string; empty when absent or null. */
    static Optional<String> optionalString(JsonNode parent, String path, String field) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw invalid(path + field + " must be a string");
        }
        return Optional.of(value.stringValue());
    }

    static String requiredString(JsonNode parent, String path, String field) {
        return optionalString(parent, path, field)
                .orElseThrow(() -> invalid("Expected property is missing: " + path + field));
    }

    /**
     * An amount in major units, e.g. {@code 4.99}, as minor units of {@code currency}.
     *
     * @throws BillingProblemException when it is not a positive number, has more decimals than the
     *     currency, or is too large
     */
    static long minorUnits(JsonNode amount, String field, String currency) {
        if (amount == null || !amount.isNumber()) {
            throw invalid(field + " must be a number, e.g. 4.99");
        }
        int digits = fractionDigits(currency);
        BigDecimal value = amount.decimalValue().stripTrailingZeros();
        if (value.signum() <= 0) {
            throw invalid(field + " must be positive");
        }
        if (value.scale() > digits) {
            throw invalid(field + " has more decimals than " + currency + " has (" + digits + ")");
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw invalid(field + " is too large");
        }
        return value.movePointRight(digits).longValueExact();
    }

    /** Minor units of {@code currency} as the decimal number CAMARA shows, e.g. 499 EUR → 4.99. */
    static BigDecimal majorUnits(long minor, String currency) {
        return BigDecimal.valueOf(minor, fractionDigits(currency));
    }

    /**
     * The currency's minor unit digits.
     *
     * @throws BillingProblemException for a code that is not ISO 4217
     */
    static int fractionDigits(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return Math.max(digits, 0);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid("Currency is unknown or not authorized: " + currency);
        }
    }

    static BillingProblemException invalid(String message) {
        return new BillingProblemException(BillingProblem.invalid(message));
    }
}
