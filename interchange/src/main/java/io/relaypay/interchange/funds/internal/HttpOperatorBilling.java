package io.relaypay.interchange.funds.internal;

import io.relaypay.interchange.funds.OperatorBilling;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operator billing over a carrier's CAMARA Carrier Billing API ({@code POST /payments} one-step,
 * {@code POST /payments/prepare} and {@code /payments/{id}/confirm} or {@code /cancel} in two steps,
 * {@code GET /payments?clientCorrelator=}), JDK HttpClient, one base URL and bearer key per carrier.
 *
 * <p>A refusal (4xx: the carrier created nothing) is a decline; no answer, a 5xx, a 429 or an
 * answer that cannot be read is "unknown", which the caller reconciles by correlator. Amounts go
 * on the wire in major units as exact decimals ({@code 4.99}), never through floating point.
 */
public final class HttpOperatorBilling implements OperatorBilling {

    private static final Logger log = LoggerFactory.getLogger(HttpOperatorBilling.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * Where a carrier's billing API is.
     *
     * @param baseUrl e.g. {@code http://127.0.0.1:8081/carrier-billing/v0}
     * @param key the bearer key
     */
    public record Endpoint(URI baseUrl, String key) {
        /** Requires both. */
        public Endpoint {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(key, "key");
        }
    }

    private final HttpClient client;
    private final Map<String, Endpoint> endpoints;
    private final Duration timeout;

    /** A client for {@code endpoints} by carrier name; each request waits at most {@code timeout}. */
    public HttpOperatorBilling(Map<String, Endpoint> endpoints, Duration timeout) {
        this.endpoints = Map.copyOf(endpoints);
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Outcome charge(Charge charge) {
        return create(charge, "/payments");
    }

    @Override
    public Outcome prepare(Charge charge) {
        return create(charge, "/payments/prepare");
    }

    @Override
    public Outcome confirm(String carrier, String paymentId, String phoneNumber) {
        return step(carrier, paymentId, phoneNumber, "confirm");
    }

    @Override
    public Outcome cancel(String carrier, String paymentId, String phoneNumber) {
        return step(carrier, paymentId, phoneNumber, "cancel");
    }

    /**
     * Confirm or cancel. CAMARA answers 202 without a body (the simulator adds the payment); a
     * reservation already confirmed or cancelled is a 409. In both cases the payment is read by id,
     * so a repeat after a lost answer reports what the carrier has.
     */
    private Outcome step(String carrier, String paymentId, String phoneNumber, String action) {
        Endpoint endpoint = endpoint(carrier);
        HttpRequest request = request(
                        endpoint, "/payments/" + URLEncoder.encode(paymentId, StandardCharsets.UTF_8) + "/" + action)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("phoneNumber", phoneNumber))))
                .build();
        return exchange(request, paymentId, (status, body) -> {
            if ((status == 200 || status == 202) && body.has("paymentStatus")) {
                return payment(body);
            }
            String code = body.path("code").asString("");
            if (status == 200
                    || status == 202
                    || (status == 409
                            && (code.equals("CARRIER_BILLING.PAYMENT_CONFIRMED")
                                    || code.equals("CARRIER_BILLING.PAYMENT_CANCELLED")))) {
                return byId(endpoint, paymentId);
            }
            return refusal(status, body);
        });
    }

    private Outcome byId(Endpoint endpoint, String paymentId) {
        HttpRequest request = request(endpoint, "/payments/" + URLEncoder.encode(paymentId, StandardCharsets.UTF_8))
                .GET()
                .build();
        return exchange(
                request,
                paymentId,
                (status, body) -> status == 200
                        ? payment(body)
                        : new Outcome.Unknown("payment " + paymentId + " answered " + status));
    }

    private Outcome create(Charge charge, String path) {
        Endpoint endpoint = endpoint(charge.carrier());
        Map<String, Object> chargingInformation = new LinkedHashMap<>();
        chargingInformation.put("amount", majorUnits(charge.amount(), charge.currency()));
        chargingInformation.put("currency", charge.currency());
        chargingInformation.put("description", charge.description());
        Map<String, Object> transaction = new LinkedHashMap<>();
        transaction.put("phoneNumber", charge.phoneNumber());
        transaction.put("clientCorrelator", charge.clientCorrelator());
        transaction.put("referenceCode", charge.referenceCode());
        transaction.put(
                "paymentAmount",
                Map.of(
                        "chargingInformation",
                        chargingInformation,
                        "chargingMetaData",
                        Map.of("merchantName", charge.merchantName())));
        HttpRequest request = request(endpoint, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("amountTransaction", transaction))))
                .build();
        return exchange(request, charge.clientCorrelator(), this::created);
    }

    @Override
    public Outcome lookup(String carrier, String clientCorrelator) {
        HttpRequest request = request(
                        endpoint(carrier),
                        "/payments?clientCorrelator=" + URLEncoder.encode(clientCorrelator, StandardCharsets.UTF_8))
                .GET()
                .build();
        return exchange(request, clientCorrelator, this::found);
    }

    @Override
    public Outcome refund(Refund refund) {
        Map<String, Object> chargingInformation = new LinkedHashMap<>();
        chargingInformation.put("amount", majorUnits(refund.amount(), refund.currency()));
        chargingInformation.put("currency", refund.currency());
        chargingInformation.put("description", refund.reason());
        Map<String, Object> transaction = new LinkedHashMap<>();
        transaction.put("clientCorrelator", refund.clientCorrelator());
        transaction.put("referenceCode", refund.clientCorrelator());
        transaction.put("refundAmount", Map.of("chargingInformation", chargingInformation));
        Map<String, Object> body = new LinkedHashMap<>();
        // Always "partial" with the amount: a total refund of what is left is the same request,
        // and the amount stays explicit in both books.
        body.put("type", "partial");
        body.put("reason", refund.reason());
        body.put("amountTransaction", transaction);
        HttpRequest request = request(
                        endpoint(refund.carrier()),
                        "/payments/" + URLEncoder.encode(refund.chargeId(), StandardCharsets.UTF_8) + "/refunds")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return exchange(request, refund.clientCorrelator(), (status, json) -> {
            if (status == 200 || status == 201) {
                return new Outcome.Charged(json.path("refundId").asString(), refund.amount(), refund.currency());
            }
            return refusal(status, json);
        });
    }

    @FunctionalInterface
    private interface Reading {
        Outcome read(int status, JsonNode body);
    }

    private Outcome exchange(HttpRequest request, String correlator, Reading reading) {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new Outcome.Unknown(request.method() + " " + request.uri().getPath() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Unknown("interrupted");
        }
        int status = response.statusCode();
        if (status >= 500 || status == 429 || status == 408) {
            return new Outcome.Unknown("carrier answered " + status);
        }
        JsonNode body;
        try {
            body = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
        } catch (JacksonException e) {
            return new Outcome.Unknown("carrier answered " + status + " with unreadable JSON");
        }
        try {
            return reading.read(status, body);
        } catch (RuntimeException e) {
            log.warn("correlator={} unexpected billing answer {}: {}", correlator, status, e.toString());
            return new Outcome.Unknown("unexpected answer " + status);
        }
    }

    private Outcome created(int status, JsonNode body) {
        if (status == 200 || status == 201) {
            return payment(body);
        }
        return refusal(status, body);
    }

    private Outcome found(int status, JsonNode body) {
        if (status != 200) {
            return new Outcome.Unknown(
                    "lookup answered " + status + " " + body.path("code").asString(""));
        }
        if (!body.isArray() || body.isEmpty()) {
            return new Outcome.NotFound();
        }
        return payment(body.get(0));
    }

    private static Outcome payment(JsonNode payment) {
        String state = payment.path("paymentStatus").asString("");
        JsonNode charging =
                payment.path("amountTransaction").path("paymentAmount").path("chargingInformation");
        String currency = charging.path("currency").asString();
        long amount = minorUnits(charging.path("amount").decimalValue(), currency);
        String id = payment.path("paymentId").asString();
        return switch (state) {
            case "succeeded" -> new Outcome.Charged(id, amount, currency);
            case "reserved" -> new Outcome.Reserved(id, amount, currency);
            case "cancelled" ->
                new Outcome.Cancelled(id, payment.path("cancellationReason").asString("unknown"));
            default -> new Outcome.Unknown("charge " + id + " is " + state);
        };
    }

    private static Outcome refusal(int status, JsonNode body) {
        String code = body.path("code").asString("HTTP_" + status);
        String message = body.path("message").asString(body.path("detail").asString("refused"));
        if (status == 409 && code.equals("ALREADY_EXISTS")) {
            // The correlator exists with a different request: look it up rather than guess.
            return new Outcome.Unknown("correlator conflict at the carrier");
        }
        if (status == 401) {
            log.error("the carrier refused our billing credentials ({}): check relaypay.funds billing keys", code);
        }
        boolean insufficient = code.equals("CARRIER_BILLING.INSUFFICIENT_CREDIT")
                || code.equals("CARRIER_BILLING.USER_AMOUNT_THRESHOLD_OVERPASSED");
        return new Outcome.Declined(insufficient, code, message);
    }

    private HttpRequest.Builder request(Endpoint endpoint, String path) {
        String base = endpoint.baseUrl().toString().replaceAll("/+$", "");
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + endpoint.key())
                .header("Accept", "application/json");
    }

    private Endpoint endpoint(String carrier) {
        Endpoint endpoint = endpoints.get(carrier);
        if (endpoint == null) {
            throw new IllegalArgumentException("no billing endpoint for carrier " + carrier);
        }
        return endpoint;
    }

    static BigDecimal majorUnits(long minor, String currency) {
        return BigDecimal.valueOf(minor, Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0));
    }

    static long minorUnits(BigDecimal major, String currency) {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return major.setScale(digits, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }
}
