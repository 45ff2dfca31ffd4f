package io.relaypay.interchange.idempotency;

/**
 * The first response given under an idempotency key.
 *
 * @param status HTTP status
 * @param contentType its content type
 * @param body its body
 */
public record StoredResponse(int status, String contentType, String body) {}
