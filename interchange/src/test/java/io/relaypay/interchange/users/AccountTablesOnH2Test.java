package io.relaypay.interchange.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.persistence.InterchangeSchema;
import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.interchange.users.internal.JdbcAddressStore;
import io.relaypay.interchange.users.internal.JdbcLinkedAccountStore;
import io.relaypay.interchange.users.internal.JdbcUserLocks;
import java.time.Instant;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Linked accounts and addresses on the embedded H2 the demo runs on (the ITs cover PostgreSQL). */
class AccountTablesOnH2Test {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    JdbcClient jdbc;
    JdbcLinkedAccountStore accounts;
    JdbcAddressStore addresses;

    @BeforeEach
    void database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:accounts" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        InterchangeSchema.migrate(h2);
        jdbc = JdbcClient.create(h2);
        jdbc.sql(
                        "INSERT INTO users (id, phone_number, pin_failures, created_at) VALUES ('usr_1', '+4915112345671', 0, ?)")
                .param(SqlTime.of(NOW))
                .update();
        accounts = new JdbcLinkedAccountStore(jdbc);
        addresses = new JdbcAddressStore(jdbc);
    }

    static LinkedAccount card(String id, String fingerprint) {
        return new LinkedAccount(
                id,
                "usr_1",
                "Visa \u2022\u2022\u2022\u2022 4242",
                new LinkedAccount.Details.Card("visa", "4242", 12, 2030, "tok_1"),
                fingerprint,
                true,
                false,
                NOW);
    }

    @Test
    void eachKindReadsBackAsStored() {
        LinkedAccount card = card("la_1", "a".repeat(64));
        LinkedAccount bank = new LinkedAccount(
                "la_2",
                "usr_1",
                "Bank",
                new LinkedAccount.Details.Bank("DE", "\u2022\u2022\u2022\u2022 3000", "3000", "v1:sealed"),
                "b".repeat(64),
                false,
                false,
                NOW.plusSeconds(1));
        LinkedAccount wallet = new LinkedAccount(
                "la_3",
                "usr_1",
                "w",
                new LinkedAccount.Details.Wallet("paypal", "ada"),
                "c".repeat(64),
                false,
                false,
                NOW.plusSeconds(2));
        LinkedAccount email = new LinkedAccount(
                "la_4",
                "usr_1",
                "e",
                new LinkedAccount.Details.Email("ada@example.com"),
                "d".repeat(64),
                false,
                false,
                NOW.plusSeconds(3));

        for (LinkedAccount a : new LinkedAccount[] {card, bank, wallet, email}) {
            assertThat(accounts.insert(a)).isTrue();
        }

        assertThat(accounts.ofUser("usr_1")).containsExactly(card, bank, wallet, email);
    }

    @Test
    void theSameAccountIsStoredOncePerUser() {
        assertThat(accounts.insert(card("la_1", "a".repeat(64)))).isTrue();
        assertThat(accounts.insert(card("la_2", "a".repeat(64)))).isFalse();
    }

    @Test
    void oneDefaultPerKind() {
        accounts.insert(card("la_1", "a".repeat(64)));
        accounts.insert(card("la_2", "b".repeat(64)));

        accounts.setDefault("usr_1", AccountKind.CARD, Optional.of("la_1"));
        accounts.setDefault("usr_1", AccountKind.CARD, Optional.of("la_2"));

        assertThat(accounts.find("usr_1", "la_1").orElseThrow().isDefault()).isFalse();
        assertThat(accounts.find("usr_1", "la_2").orElseThrow().isDefault()).isTrue();
        assertThat(accounts.delete("usr_1", "la_2")).isTrue();
        assertThat(accounts.delete("usr_1", "la_2")).isFalse();
    }

    @Test
    void addressesKeepTheirOptionalPartsAndOneDefault() {
        PostalAddress home = new PostalAddress(
                "adr_1",
                "usr_1",
                "Ada",
                "Main St 1",
                Optional.empty(),
                "Berlin",
                Optional.empty(),
                Optional.of("10115"),
                "DE",
                false,
                NOW);
        PostalAddress office = new PostalAddress(
                "adr_2",
                "usr_1",
                "Ada",
                "Kai 2",
                Optional.of("3rd floor"),
                "Hong Kong",
                Optional.of("Central"),
                Optional.empty(),
                "HK",
                false,
                NOW.plusSeconds(1));
        addresses.insert(home);
        addresses.insert(office);
        addresses.setDefault("usr_1", Optional.of("adr_2"));
        new JdbcUserLocks(jdbc).lock("usr_1");

        assertThat(addresses.ofUser("usr_1"))
                .extracting(PostalAddress::id, PostalAddress::isDefault, PostalAddress::postalCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("adr_1", false, Optional.of("10115")),
                        org.assertj.core.groups.Tuple.tuple("adr_2", true, Optional.empty()));
    }
}
