package io.relaypay.interchange.settlement.internal;

import io.relaypay.interchange.settlement.StatementReferences;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ids behind statement lines, from {@code payments}, {@code refunds}, {@code payouts}, {@code remittances}. */
public final class JdbcStatementObjects implements StatementReferences.Objects {

    private final JdbcClient jdbc;

    /** Objects over {@code jdbc}. */
    public JdbcStatementObjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StatementReferences.Owned ofMerchant(String merchantId, boolean livemode) {
        return new StatementReferences.Owned(
                ids("SELECT id FROM payments WHERE merchant_id = ? AND livemode = ?", merchantId, livemode),
                ids("SELECT id FROM refunds WHERE merchant_id = ? AND livemode = ?", merchantId, livemode),
                ids("SELECT id FROM payouts WHERE merchant_id = ? AND livemode = ?", merchantId, livemode),
                List.of());
    }

    @Override
    public StatementReferences.Owned ofCarrier(String carrier, boolean livemode) {
        return new StatementReferences.Owned(
                ids(
                        "SELECT f.payment_id FROM payment_fundings f JOIN payments p ON p.id = f.payment_id"
                                + " WHERE f.carrier = ? AND p.livemode = ?",
                        carrier,
                        livemode),
                List.of(),
                List.of(),
                ids("SELECT id FROM remittances WHERE carrier = ? AND livemode = ?", carrier, livemode));
    }

    private List<String> ids(String sql, String owner, boolean livemode) {
        return jdbc.sql(sql).params(owner, livemode).query(String.class).list();
    }
}
