package io.relaypay.interchange.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.SecretBox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Linking on the service's own clock and stores, without a database. */
class LinkedAccountServiceTest {

    static final Clock MAY_2030 = Clock.fixed(Instant.parse("2030-05-31T23:59:00Z"), ZoneOffset.UTC);

    final List<LinkedAccount> rows = new ArrayList<>();
    final List<String> tokenized = new ArrayList<>();

    LinkedAccountService service(Clock clock) {
        Map<String, User> users = new HashMap<>();
        UserStore userStore = new UserStore() {
            public Optional<User> find(String id) {
                return users.values().stream().filter(u -> u.id().equals(id)).findFirst();
            }

            public Optional<User> findByPhone(String phone) {
                return Optional.ofNullable(users.get(phone));
            }

            public boolean insertIfAbsent(User user) {
                return users.putIfAbsent(user.phoneNumber(), user) == null;
            }

            public void setPinHash(String userId, String pinHash) {}

            public int recordPinFailure(String userId, int max, Instant until) {
                return 0;
            }

            public void clearPinFailures(String userId) {}
        };
        LinkedAccountStore store = new LinkedAccountStore() {
            public boolean insert(LinkedAccount account) {
                return rows.add(account);
            }

            public List<LinkedAccount> ofUser(String userId) {
                return rows.stream().filter(a -> a.userId().equals(userId)).toList();
            }

            public Optional<LinkedAccount> find(String userId, String id) {
                return ofUser(userId).stream().filter(a -> a.id().equals(id)).findFirst();
            }

            public void setDefault(String userId, AccountKind kind, Optional<String> id) {
                rows.replaceAll(a -> a.userId().equals(userId) && a.kind() == kind
                        ? a.withDefault(id.filter(a.id()::equals).isPresent())
                        : a);
            }

            public boolean delete(String userId, String id) {
                return rows.removeIf(a -> a.id().equals(id));
            }
        };
        Ids ids = new Ids(clock);
        return new LinkedAccountService(
                new UserService(
                        userStore, new PinHasher(PinHasher.MIN_ITERATIONS), ids, clock, 5, Duration.ofMinutes(15)),
                userId -> {},
                store,
                (digits, month, year) -> {
                    tokenized.add(digits.substring(digits.length() - 4));
                    return "tok_test";
                },
                new SecretBox(new byte[32]),
                new Fingerprints(new byte[32]),
                Transactions::run,
                ids,
                clock,
                20);
    }

    static NewLinkedAccount card(int month, int year) {
        return new NewLinkedAccount(
                new NewLinkedAccount.Reference.Card("4242424242424242", month, year), Optional.empty(), false, false);
    }

    @Test
    void aCardIsValidThroughTheLastDayOfItsExpiryMonth() {
        LinkedAccount linked = service(MAY_2030).link("+4915112345671", card(5, 2030));

        assertThat(linked.details()).isEqualTo(new LinkedAccount.Details.Card("visa", "4242", 5, 2030, "tok_test"));
        assertThat(tokenized).containsExactly("4242");
    }

    @Test
    void anExpiredCardIsRefusedBeforeAnythingIsStoredOrTokenized() {
        LinkedAccountService service = service(MAY_2030);

        assertThatThrownBy(() -> service.link("+4915112345671", card(4, 2030)))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("expired");
        assertThat(rows).isEmpty();
        assertThat(tokenized).isEmpty();
    }

    @Test
    void theStoredIbanOpensToTheFullValueOnlyUnderTheKey() {
        LinkedAccount linked = service(MAY_2030)
                .link(
                        "+4915112345671",
                        new NewLinkedAccount(
                                new NewLinkedAccount.Reference.Bank("GB29 NWBK 6016 1331 9268 19"),
                                Optional.empty(),
                                false,
                                false));

        LinkedAccount.Details.Bank bank = (LinkedAccount.Details.Bank) linked.details();
        assertThat(bank.sealedIban()).doesNotContain("NWBK");
        assertThat(new SecretBox(new byte[32]).open(bank.sealedIban())).isEqualTo("GB29NWBK60161331926819");
        assertThat(linked.toString()).doesNotContain("GB29NWBK60161331926819");
    }

    /** Runs work at once: the fakes above need no transaction. */
    static final class Transactions {
        static <T> T run(java.util.function.Supplier<T> work) {
            return work.get();
        }
    }
}
