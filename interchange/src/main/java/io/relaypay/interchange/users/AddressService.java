package io.relaypay.interchange.users;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.common.Transactions;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users' postal addresses: add (the first, or one asked to be, becomes the default) and remove
 * (the newest other one takes over as default). Changes to one user run under {@link UserLocks}.
 */
public final class AddressService {

    private static final Logger log = LoggerFactory.getLogger(AddressService.class);
    private final UserService users;
    private final UserLocks locks;
    private final AddressStore store;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;
    private final int maxAddresses;

    /** A service keeping at most {@code maxAddresses} addresses per user. */
    public AddressService(
            UserService users,
            UserLocks locks,
            AddressStore store,
            Transactions transactions,
            Ids ids,
            Clock clock,
            int maxAddresses) {
        this.users = Objects.requireNonNull(users, "users");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.store = Objects.requireNonNull(store, "store");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAddresses = maxAddresses;
    }

    /** Adds {@code request} to the user at {@code phone} (E.164), creating the user on first sight. */
    public PostalAddress add(String phone, NewPostalAddress request) {
        PhoneNumbers.requireE164(phone);
        User user = users.findOrCreate(phone);
        return transactions.inTransaction(() -> {
            locks.lock(user.id());
            List<PostalAddress> existing = store.ofUser(user.id());
            if (existing.size() >= maxAddresses) {
                throw new ApiException(
                        ProblemType.INVALID_STATE, "a user has at most " + maxAddresses + " postal addresses");
            }
            boolean makeDefault = request.makeDefault() || existing.stream().noneMatch(PostalAddress::isDefault);
            PostalAddress address = new PostalAddress(
                    ids.next("adr"),
                    user.id(),
                    request.name(),
                    request.line1(),
                    request.line2(),
                    request.city(),
                    request.region(),
                    request.postalCode(),
                    request.country(),
                    false,
                    clock.instant());
            store.insert(address);
            if (makeDefault) {
                store.setDefault(user.id(), Optional.of(address.id()));
            }
            log.info(
                    "user {} added address {} country={} default={}",
                    user.id(),
                    address.id(),
                    address.country(),
                    makeDefault);
            return new PostalAddress(
                    address.id(),
                    address.userId(),
                    address.name(),
                    address.line1(),
                    address.line2(),
                    address.city(),
                    address.region(),
                    address.postalCode(),
                    address.country(),
                    makeDefault,
                    address.createdAt());
        });
    }

    /** The user's addresses, oldest first. */
    public List<PostalAddress> of(String userId) {
        return store.ofUser(userId);
    }

    /** Removes one address of the user at {@code phone}. */
    public void remove(String phone, String addressId) {
        PhoneNumbers.requireE164(phone);
        User user = users.findByPhone(phone).orElseThrow(() -> ApiException.notFound("user", phone));
        transactions.inTransaction(() -> {
            locks.lock(user.id());
            PostalAddress address = store.ofUser(user.id()).stream()
                    .filter(a -> a.id().equals(addressId))
                    .findFirst()
                    .orElseThrow(() -> ApiException.notFound("address", addressId));
            store.delete(user.id(), addressId);
            if (address.isDefault()) {
                store.setDefault(
                        user.id(),
                        store.ofUser(user.id()).stream()
                                .max(Comparator.comparing(PostalAddress::createdAt)
                                        .thenComparing(PostalAddress::id))
                                .map(PostalAddress::id));
            }
            log.info("user {} removed address {}", user.id(), addressId);
            return null;
        });
    }
}
