package io.relaypay.interchange.users;

import java.util.List;
import java.util.Objects;

/**
 * A user with everything linked to them, as the admin API shows it.
 *
 * @param user the user (PIN state included)
 * @param linkedAccounts oldest first
 * @param addresses oldest first
 */
public record UserProfile(User user, List<LinkedAccount> linkedAccounts, List<PostalAddress> addresses) {

    /** Requires every part. */
    public UserProfile {
        Objects.requireNonNull(user, "user");
        linkedAccounts = List.copyOf(linkedAccounts);
        addresses = List.copyOf(addresses);
    }
}
