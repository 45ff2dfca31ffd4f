package io.relaypay.ledger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Audits the books straight from the tables, without the ledger's code: every account's four totals
 * must equal what its stored transfers add up to, every currency must sum to zero, and no
 * constrained account may be overdrawn. This is what catches a lost update or a half-applied batch.
 */
public final class BooksAudit {

    // Stored bit positions of TransferFlag: LINKED, PENDING, POST_PENDING, VOID_PENDING.
    private static final int PENDING = 1 << 1;
    private static final int POST = 1 << 2;
    private static final int VOID = 1 << 3;

    private final Map<UUID, long[]> recomputed = new HashMap<>();
    private final Set<UUID> transferIds = new HashSet<>();

    private BooksAudit() {}

    /** Reads everything and asserts the books are sound; returns the ids of all stored transfers. */
    public static Set<UUID> assertSound(DataSource dataSource) throws SQLException {
        BooksAudit audit = new BooksAudit();
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            audit.readTransfers(connection);
            audit.compareWithAccounts(connection);
            connection.commit();
        }
        return audit.transferIds;
    }

    private void readTransfers(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT id, debit_account_id, credit_account_id, amount, flags,"
                        + " pending_state FROM ledger_transfer")) {
            while (rs.next()) {
                assertThat(transferIds.add(rs.getObject("id", UUID.class)))
                        .as("transfer stored once")
                        .isTrue();
                UUID debit = rs.getObject("debit_account_id", UUID.class);
                UUID credit = rs.getObject("credit_account_id", UUID.class);
                long amount = rs.getLong("amount");
                int flags = rs.getInt("flags");
                String state = rs.getString("pending_state");
                if ((flags & PENDING) != 0) {
                    if (state.equals("PENDING")) {
                        totals(debit)[0] += amount;
                        totals(credit)[2] += amount;
                    }
                } else if ((flags & VOID) == 0) {
                    // A single-phase transfer, or a post whose stored amount is what it posted.
                    totals(debit)[1] += amount;
                    totals(credit)[3] += amount;
                }
                if ((flags & POST) != 0) {
                    assertThat(state).isEqualTo("NONE");
                }
            }
        }
    }

    private void compareWithAccounts(Connection connection) throws SQLException {
        Map<String, long[]> perCurrency = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT id, currency, debits_must_not_exceed_credits,"
                        + " credits_must_not_exceed_debits, debits_pending, debits_posted, credits_pending,"
                        + " credits_posted FROM ledger_account")) {
            while (rs.next()) {
                UUID id = rs.getObject("id", UUID.class);
                long[] actual = {
                    rs.getLong("debits_pending"),
                    rs.getLong("debits_posted"),
                    rs.getLong("credits_pending"),
                    rs.getLong("credits_posted")
                };
                assertThat(actual)
                        .as("totals of account %s recomputed from its transfers", id)
                        .containsExactly(totals(id));
                if (rs.getBoolean("debits_must_not_exceed_credits")) {
                    assertThat(actual[0] + actual[1]).as("overdrawn: %s", id).isLessThanOrEqualTo(actual[3]);
                }
                if (rs.getBoolean("credits_must_not_exceed_debits")) {
                    assertThat(actual[2] + actual[3]).as("over cap: %s", id).isLessThanOrEqualTo(actual[1]);
                }
                long[] sum = perCurrency.computeIfAbsent(rs.getString("currency"), c -> new long[2]);
                sum[0] += actual[3] - actual[1];
                sum[1] += actual[2] - actual[0];
            }
        }
        perCurrency.forEach((currency, sum) -> {
            assertThat(sum[0]).as("posted balances of %s sum to zero", currency).isZero();
            assertThat(sum[1])
                    .as("pending balances of %s sum to zero", currency)
                    .isZero();
        });
    }

    private long[] totals(UUID account) {
        return recomputed.computeIfAbsent(account, a -> new long[4]);
    }
}
