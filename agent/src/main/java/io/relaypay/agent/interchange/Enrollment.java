package io.relaypay.agent.interchange;

/**
 * An enrollment waiting for the SMS code.
 *
 * @param id {@code enr_…}
 * @param expiresAt unix seconds
 */
public record Enrollment(String id, long expiresAt) {}
