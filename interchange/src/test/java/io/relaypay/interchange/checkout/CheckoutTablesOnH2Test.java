package io.relaypay.interchange.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.checkout.internal.JdbcStuckPayments;
import io.relaypay.interchange.confirmations.Confirmation;
import io.relaypay.interchange.confirmations.Method;
import io.relaypay.interchange.confirmations.internal.JdbcConfirmationStore;
import io.relaypay.interchange.persistence.InterchangeSchema;
import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.interchange.users.PinChallenge;
import io.relaypay.interchange.users.User;
import io.relaypay.interchange.users.internal.JdbcPinChallengeStore;
import io.relaypay.interchange.users.internal.JdbcUserStore;
import java.time.Instant;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The checkout's migrations and queries on the embedded H2 the demo runs on (the ITs cover
 * PostgreSQL): one migration set and one SQL dialect for both.
 */
class CheckoutTablesOnH2Test {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    JdbcClient jdbc;

    @BeforeEach
    void database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:checkout" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        InterchangeSchema.migrate(h2);
        jdbc = JdbcClient.create(h2);
        jdbc.sql("INSERT INTO merchants (id, name, created_at) VALUES ('mer_1', 'Acme', ?)")
                .param(SqlTime.of(NOW))
                .update();
        jdbc.sql("""
                INSERT INTO payments (id, merchant_id, livemode, status, amount, currency, reference, created_at,
                    expires_at, updated_at)
                VALUES ('pay_1', 'mer_1', FALSE, 'PROCESSING', 499, 'EUR', 'r', ?, ?, ?)""")
                .params(SqlTime.of(NOW), SqlTime.of(NOW.plusSeconds(900)), SqlTime.of(NOW))
                .update();
    }

    @Test
    void usersAreCreatedOnceAndCountPinFailures() {
        JdbcUserStore users = new JdbcUserStore(jdbc);
        User user = new User("usr_1", "+4915112345671", Optional.empty(), 0, Optional.empty(), NOW);

        assertThat(users.insertIfAbsent(user)).isTrue();
        assertThat(users.insertIfAbsent(
                        new User("usr_2", "+4915112345671", Optional.empty(), 0, Optional.empty(), NOW)))
                .isFalse();
        assertThat(users.recordPinFailure("usr_1", 2, NOW.plusSeconds(900))).isEqualTo(1);
        assertThat(users.recordPinFailure("usr_1", 2, NOW.plusSeconds(900))).isEqualTo(2);
        assertThat(users.find("usr_1").orElseThrow().pinLockedUntil()).hasValue(NOW.plusSeconds(900));
    }

    @Test
    void confirmationsAreSavedLockedAndFoundByNumber() {
        new JdbcUserStore(jdbc)
                .insertIfAbsent(new User("usr_1", "+4915112345671", Optional.empty(), 0, Optional.empty(), NOW));
        JdbcConfirmationStore confirmations = new JdbcConfirmationStore(jdbc);
        Confirmation c = new Confirmation(
                "pay_1",
                "usr_1",
                "+4915112345671",
                Method.SMS_CODE,
                Optional.of("a".repeat(64)),
                Optional.of("b".repeat(64)),
                false,
                false,
                0,
                1,
                NOW,
                NOW.plusSeconds(600));

        confirmations.save(c);
        confirmations.save(c.withWrongTry());

        assertThat(confirmations.lock("pay_1")).hasValue(c.withWrongTry());
        assertThat(confirmations.openFor("+4915112345671", NOW)).containsExactly(c.withWrongTry());
        assertThat(confirmations.openFor("+4915112345671", NOW.plusSeconds(600)))
                .isEmpty();
    }

    @Test
    void pinChallengesAreUsedOnce() {
        new JdbcUserStore(jdbc)
                .insertIfAbsent(new User("usr_1", "+4915112345671", Optional.empty(), 0, Optional.empty(), NOW));
        JdbcPinChallengeStore challenges = new JdbcPinChallengeStore(jdbc);
        challenges.insert(
                new PinChallenge("pch_1", "usr_1", "c".repeat(64), 0, NOW, NOW.plusSeconds(600), Optional.empty()));

        assertThat(challenges.recordAttempt("pch_1")).isEqualTo(1);
        assertThat(challenges.latest("usr_1").map(PinChallenge::id)).hasValue("pch_1");
        assertThat(challenges.complete("pch_1", NOW)).isTrue();
        assertThat(challenges.complete("pch_1", NOW)).isFalse();
    }

    @Test
    void processingPaymentsAreFoundByTheirLastChange() {
        JdbcStuckPayments stuck = new JdbcStuckPayments(jdbc);

        assertThat(stuck.processingSince(NOW.minusSeconds(1), 10)).isEmpty();
        assertThat(stuck.processingSince(NOW, 10)).containsExactly("pay_1");
    }
}
