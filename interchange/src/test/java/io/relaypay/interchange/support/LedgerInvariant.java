package io.relaypay.interchange.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger's invariant, read straight from its tables: per currency the balances sum to zero
 * (posted and pending alike), and no account with a balance rule breaks it.
 */
public final class LedgerInvariant {

    private LedgerInvariant() {}

    /** Fails the test when the books of {@code dataSource} do not balance. */
    public static void check(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        List<Map<String, Object>> sums = jdbc.sql("""
                SELECT currency, SUM(credits_posted - debits_posted) AS posted,
                       SUM(credits_pending - debits_pending) AS pending
                FROM ledger_account GROUP BY currency""").query().listOfRows();
        for (Map<String, Object> sum : sums) {
            assertThat(((Number) sum.get("posted")).longValue())
                    .as("posted balances in %s", sum.get("currency"))
                    .isZero();
            assertThat(((Number) sum.get("pending")).longValue())
                    .as("pending balances in %s", sum.get("currency"))
                    .isZero();
        }
        List<String> negative = jdbc.sql("""
                SELECT CAST(id AS VARCHAR(36)) FROM ledger_account
                WHERE (debits_must_not_exceed_credits AND debits_pending + debits_posted > credits_posted)
                   OR (credits_must_not_exceed_debits AND credits_pending + credits_posted > debits_posted)""").query(String.class).list();
        assertThat(negative).as("constrained accounts below zero").isEmpty();
    }
}
