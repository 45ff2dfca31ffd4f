package io.relaypay.interchange.funds.internal;

import io.relaypay.interchange.funds.LedgerAccountStore;
import io.relaypay.ledger.domain.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code ledger_accounts} table. Rows are written "if absent" without raising a duplicate-key
 * error, which on PostgreSQL would abort a surrounding transaction ({@code ON CONFLICT DO NOTHING});
 * H2 keeps a transaction usable after an error, so there the duplicate is caught.
 */
public final class JdbcLedgerAccountStore implements LedgerAccountStore {

    private final JdbcClient jdbc;
    private final boolean postgres;

    /** A store over {@code jdbc}; {@code postgres} picks the insert-if-absent statement. */
    public JdbcLedgerAccountStore(JdbcClient jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    @Override
    public void remember(Row row) {
        String sql =
                "INSERT INTO ledger_accounts (owner, purpose, currency, livemode, account_id) VALUES (?, ?, ?, ?, ?)"
                        + (postgres ? " ON CONFLICT DO NOTHING" : "");
        try {
            jdbc.sql(sql)
                    .params(
                            row.owner(),
                            row.purpose(),
                            row.currency(),
                            row.livemode(),
                            row.accountId().toString())
                    .update();
        } catch (DuplicateKeyException alreadyThere) {
            // opened by another caller at the same time: the same row
        }
    }

    @Override
    public List<Row> ownedBy(String owner) {
        return jdbc.sql("SELECT * FROM ledger_accounts WHERE owner = ? ORDER BY purpose, livemode, currency")
                .param(owner)
                .query(JdbcLedgerAccountStore::row)
                .list();
    }

    @Override
    public Optional<Row> byAccountId(AccountId accountId) {
        return jdbc.sql("SELECT * FROM ledger_accounts WHERE account_id = ?")
                .param(accountId.toString())
                .query(JdbcLedgerAccountStore::row)
                .optional();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getString("owner"),
                rs.getString("purpose"),
                rs.getString("currency"),
                rs.getBoolean("livemode"),
                AccountId.parse(rs.getString("account_id")));
    }
}
