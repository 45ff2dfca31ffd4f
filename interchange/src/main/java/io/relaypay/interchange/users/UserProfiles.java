package io.relaypay.interchange.users;

import io.relaypay.interchange.common.ApiException;
import java.util.Objects;

/** Looks up a user by number with their linked accounts and addresses. */
public final class UserProfiles {

    private final UserService users;
    private final LinkedAccountService accounts;
    private final AddressService addresses;

    /** Profiles from these services. */
    public UserProfiles(UserService users, LinkedAccountService accounts, AddressService addresses) {
        this.users = Objects.requireNonNull(users, "users");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
    }

    /** The user at {@code phone} (E.164), or not-found. */
    public UserProfile of(String phone) {
        PhoneNumbers.requireE164(phone);
        User user = users.findByPhone(phone).orElseThrow(() -> ApiException.notFound("user", phone));
        return new UserProfile(user, accounts.of(user.id()), addresses.of(user.id()));
    }
}
