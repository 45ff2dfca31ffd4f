package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * Limits a parent account set on a child's account.
 *
 * @param parentUserId the parent who set them (named in the reason)
 * @param limits amount caps on the child's spending
 * @param blockedCategories merchant categories the child may not pay
 */
public record ParentalLimits(String parentUserId, Limits limits, Set<String> blockedCategories) {

    /** Copies the set so the limits cannot change under a decision. */
    public ParentalLimits {
        Codes.requireText(parentUserId, "parent user id");
        requireNonNull(limits, "limits");
        blockedCategories = Set.copyOf(blockedCategories);
    }
}
