package io.relaypay.interchange.deposits;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One premium message of a deposit's plan.
 *
 * @param id {@code <deposit id>.<seq>}: names its outbox message and its ledger transfers
 * @param depositId the deposit
 * @param seq its position in the plan, from 0
 * @param dayOffset the plan day it belongs to (0 is the day of confirmation)
 * @param price what it bills, in minor units of the deposit's currency
 * @param state where it is
 * @param dueAt when it may be sent; empty until the deposit is confirmed
 * @param messageId the outbox message, once fixed
 * @param route the channel that took it, once known
 * @param detail why it failed or is unknown
 * @param updatedAt when it last changed
 */
public record PlanItem(
        String id,
        String depositId,
        int seq,
        int dayOffset,
        long price,
        ItemState state,
        Optional<Instant> dueAt,
        Optional<String> messageId,
        Optional<String> route,
        Optional<String> detail,
        Instant updatedAt) {

    /** Requires every part. */
    public PlanItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(depositId, "depositId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (price <= 0 || seq < 0 || dayOffset < 0) {
            throw new IllegalArgumentException("bad plan item " + id);
        }
    }

    /** The id of the item at {@code seq} of {@code depositId}. */
    public static String idOf(String depositId, int seq) {
        return depositId + "." + seq;
    }
}
