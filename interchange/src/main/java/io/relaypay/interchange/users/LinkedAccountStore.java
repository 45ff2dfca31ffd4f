package io.relaypay.interchange.users;

import java.util.List;
import java.util.Optional;

/** Where linked accounts are kept. */
public interface LinkedAccountStore {

    /**
     * Stores a new account.
     *
     * @return false when the user already has this account (same kind and fingerprint)
     */
    boolean insert(LinkedAccount account);

    /** The user's accounts, oldest first. */
    List<LinkedAccount> ofUser(String userId);

    /** One of the user's accounts. */
    Optional<LinkedAccount> find(String userId, String accountId);

    /** Makes {@code accountId} the user's only default of {@code kind} (none when empty). */
    void setDefault(String userId, AccountKind kind, Optional<String> accountId);

    /** Removes one of the user's accounts; false when there was none. */
    boolean delete(String userId, String accountId);
}
