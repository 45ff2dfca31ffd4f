package io.relaypay.interchange.users;

/**
 * Serializes changes to one user's accounts and addresses: the limits and the one-default rule
 * are checked and kept under the lock, so two requests at once cannot both add the tenth address
 * or both become the default.
 */
@FunctionalInterface
public interface UserLocks {

    /** Holds the user until the current transaction ends. */
    void lock(String userId);
}
