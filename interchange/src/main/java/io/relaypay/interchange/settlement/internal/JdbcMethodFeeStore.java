package io.relaypay.interchange.settlement.internal;

import io.relaypay.interchange.merchants.FeeTerms;
import io.relaypay.interchange.settlement.MethodFeeStore;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Per-method fee terms in {@code merchant_method_fees}. */
public final class JdbcMethodFeeStore implements MethodFeeStore {

    private final JdbcClient jdbc;

    /** A store over {@code jdbc}. */
    public JdbcMethodFeeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, FeeTerms> of(String merchantId) {
        Map<String, FeeTerms> terms = new HashMap<>();
        jdbc.sql("SELECT method, fee_bps, fee_fixed_minor FROM merchant_method_fees WHERE merchant_id = ?")
                .param(merchantId)
                .query(rs -> {
                    terms.put(
                            rs.getString("method"), new FeeTerms(rs.getInt("fee_bps"), rs.getLong("fee_fixed_minor")));
                });
        return terms;
    }

    @Override
    public boolean set(String merchantId, String method, FeeTerms terms) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM merchants WHERE id = ?")
                        .param(merchantId)
                        .query(Long.class)
                        .single()
                > 0;
        if (!known) {
            return false;
        }
        int updated = jdbc.sql("UPDATE merchant_method_fees SET fee_bps = ?, fee_fixed_minor = ?"
                        + " WHERE merchant_id = ? AND method = ?")
                .params(terms.basisPoints(), terms.fixedMinor(), merchantId, method)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "INSERT INTO merchant_method_fees (merchant_id, method, fee_bps, fee_fixed_minor) VALUES (?, ?, ?, ?)")
                    .params(merchantId, method, terms.basisPoints(), terms.fixedMinor())
                    .update();
        }
        return true;
    }
}
