package io.relaypay.simulator.billing.http;

import io.relaypay.simulator.billing.BillingError;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer of the billing API: RFC 9457 problem details ({@code type}, {@code title}, {@code
 * status}, {@code detail}) and CAMARA's error body ({@code status}, {@code code}, {@code message})
 * in one object, so clients of either kind can read it.
 *
 * @param status the HTTP status
 * @param slug the stable last segment of {@code type}
 * @param title a short summary for people
 * @param code CAMARA's error code
 * @param message what exactly went wrong, for people
 */
record BillingProblem(int status, String slug, String title, String code, String message) {

    static final String TYPE_BASE = "https://relaypay.io/problems/simulator/carrier-billing/";

    static BillingProblem invalid(String message) {
        return new BillingProblem(400, "invalid-argument", "Invalid argument", "INVALID_ARGUMENT", message);
    }

    static BillingProblem badJson(String message) {
        return new BillingProblem(400, "bad-json", "Request body is not valid JSON", "INVALID_ARGUMENT", message);
    }

    static BillingProblem unauthenticated() {
        return new BillingProblem(
                401,
                "unauthenticated",
                "Unauthenticated",
                "UNAUTHENTICATED",
                "Request not authenticated due to missing, invalid, or expired credentials.");
    }

    static BillingProblem notFound(String path) {
        return new BillingProblem(404, "not-found", "Not found", "NOT_FOUND", "nothing at " + path);
    }

    static BillingProblem methodNotAllowed(String method) {
        return new BillingProblem(
                405, "method-not-allowed", "Method not allowed", "METHOD_NOT_ALLOWED", method + " is not allowed here");
    }

    static BillingProblem unsupportedMediaType(String mediaType) {
        return new BillingProblem(
                415,
                "unsupported-media-type",
                "Unsupported media type",
                "INVALID_ARGUMENT",
                "bodies are application/json, not " + mediaType);
    }

    static BillingProblem tooLarge(int limit) {
        return new BillingProblem(
                413, "too-large", "Request too large", "INVALID_ARGUMENT", "bodies are limited to " + limit + " bytes");
    }

    static BillingProblem missingIdentifier() {
        return new BillingProblem(
                422,
                "missing-identifier",
                "Missing identifier",
                "MISSING_IDENTIFIER",
                "The phone number cannot be identified: amountTransaction.phoneNumber is required.");
    }

    /** The answer to a refusal of the billing itself. */
    static BillingProblem of(BillingError error, String message) {
        return switch (error) {
            case UNKNOWN_PHONE_NUMBER ->
                new BillingProblem(
                        404, "unknown-phone-number", "Unknown phone number", "IDENTIFIER_NOT_FOUND", message);
            case BILLING_NOT_SUPPORTED ->
                new BillingProblem(
                        422, "billing-not-supported", "Carrier offers no billing", "SERVICE_NOT_APPLICABLE", message);
            case BILLING_BLOCKED ->
                new BillingProblem(
                        403, "billing-blocked", "Billing blocked", "CARRIER_BILLING.PAYMENT_DENIED", message);
            case PAYMENT_DENIED ->
                new BillingProblem(403, "payment-denied", "Payment denied", "CARRIER_BILLING.PAYMENT_DENIED", message);
            case INSUFFICIENT_CREDIT ->
                new BillingProblem(
                        422,
                        "insufficient-credit",
                        "Insufficient prepaid credit",
                        "CARRIER_BILLING.INSUFFICIENT_CREDIT",
                        message);
            case SPENDING_LIMIT_EXCEEDED ->
                new BillingProblem(
                        422,
                        "spending-limit-exceeded",
                        "Monthly spending limit exceeded",
                        "CARRIER_BILLING.USER_AMOUNT_THRESHOLD_OVERPASSED",
                        message);
            case CURRENCY_NOT_SUPPORTED ->
                new BillingProblem(
                        400, "currency-not-supported", "Currency not supported", "INVALID_ARGUMENT", message);
            case CLIENT_CORRELATOR_CONFLICT ->
                new BillingProblem(
                        409, "client-correlator-conflict", "clientCorrelator reused", "ALREADY_EXISTS", message);
            case PAYMENT_NOT_FOUND ->
                new BillingProblem(404, "payment-not-found", "Payment not found", "NOT_FOUND", message);
            case REFUND_NOT_FOUND ->
                new BillingProblem(404, "refund-not-found", "Refund not found", "NOT_FOUND", message);
            case PAYMENT_CONFIRMED ->
                new BillingProblem(
                        409,
                        "payment-confirmed",
                        "Payment already confirmed",
                        "CARRIER_BILLING.PAYMENT_CONFIRMED",
                        message);
            case PAYMENT_CANCELLED ->
                new BillingProblem(
                        409,
                        "payment-cancelled",
                        "Payment already cancelled",
                        "CARRIER_BILLING.PAYMENT_CANCELLED",
                        message);
            case INVALID_PAYMENT_STATUS ->
                new BillingProblem(
                        422,
                        "invalid-payment-status",
                        "Payment not refundable",
                        "CARRIER_BILLING_REFUND.INVALID_PAYMENT_STATUS",
                        message);
            case REFUND_AMOUNT_EXCEEDED ->
                new BillingProblem(
                        422,
                        "refund-amount-exceeded",
                        "Refund larger than what is left",
                        "CARRIER_BILLING_REFUND.UNAUTHORIZED_AMOUNT",
                        message);
            case REFUND_DENIED ->
                new BillingProblem(
                        403, "refund-denied", "Refund denied", "CARRIER_BILLING_REFUND.REFUND_DENIED", message);
        };
    }

    String type() {
        return TYPE_BASE + slug;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type());
        body.put("title", title);
        body.put("status", status);
        body.put("detail", message);
        body.put("code", code);
        body.put("message", message);
        return body;
    }
}
