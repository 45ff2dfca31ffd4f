package io.relaypay.interchange.checkout.web;

/**
 * What the page's script needs to follow a payment ({@code GET /checkout/{id}/status} and the
 * {@code status} events of {@code /checkout/{id}/events}); snake_case on the wire. Absent values
 * are {@code null}, as JSON shows them.
 *
 * @param id payment id
 * @param status wire status
 * @param failureReason why it failed, was canceled or expired
 * @param failureMessage the same for people
 * @param secondsLeft seconds until the deadline while waiting for the buyer, else 0
 * @param nextUrl where the buyer goes now (the merchant's success or cancel URL), if anywhere
 */
public record CheckoutStatus(
        String id, String status, String failureReason, String failureMessage, long secondsLeft, String nextUrl) {}
