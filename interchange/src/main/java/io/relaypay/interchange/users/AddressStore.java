package io.relaypay.interchange.users;

import java.util.List;
import java.util.Optional;

/** Where postal addresses are kept. */
public interface AddressStore {

    /** Stores a new address. */
    void insert(PostalAddress address);

    /** The user's addresses, oldest first. */
    List<PostalAddress> ofUser(String userId);

    /** Makes {@code addressId} the user's only default (none when empty). */
    void setDefault(String userId, Optional<String> addressId);

    /** Removes one of the user's addresses; false when there was none. */
    boolean delete(String userId, String addressId);
}
