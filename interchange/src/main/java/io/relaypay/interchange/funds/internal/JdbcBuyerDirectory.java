package io.relaypay.interchange.funds.internal;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.funds.BuyerDirectory;
import io.relaypay.interchange.persistence.SqlTime;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Users by phone number in the {@code users} table. Creating one is an insert that may lose a race
 * to another creator of the same number (unique phone_number); the loser reads the winner's row.
 * Runs outside any transaction, so the lost insert aborts nothing.
 */
public final class JdbcBuyerDirectory implements BuyerDirectory {

    private final JdbcClient jdbc;
    private final Ids ids;
    private final Clock clock;

    /** A directory over {@code jdbc}, naming new users with {@code ids}. */
    public JdbcBuyerDirectory(JdbcClient jdbc, Ids ids, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Optional<String> userOf(String phoneNumber) {
        return jdbc.sql("SELECT id FROM users WHERE phone_number = ?")
                .param(phoneNumber)
                .query(String.class)
                .optional();
    }

    @Override
    public String findOrCreate(String phoneNumber) {
        Optional<String> existing = userOf(phoneNumber);
        if (existing.isPresent()) {
            return existing.get();
        }
        String id = ids.next("usr");
        try {
            jdbc.sql("INSERT INTO users (id, phone_number, created_at) VALUES (?, ?, ?)")
                    .params(id, phoneNumber, SqlTime.of(clock.instant()))
                    .update();
            return id;
        } catch (DuplicateKeyException lostRace) {
            return userOf(phoneNumber).orElseThrow(() -> lostRace);
        }
    }
}
