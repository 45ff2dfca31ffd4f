package io.relaypay.interchange.funding.internal;

import io.relaypay.interchange.funding.PhoneBillRefund;
import io.relaypay.interchange.funding.PhoneBillRefundStore;
import io.relaypay.interchange.persistence.SqlTime;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Refunds to the phone bill in {@code phone_bill_refunds}. */
public final class JdbcPhoneBillRefundStore implements PhoneBillRefundStore {

    private final JdbcClient jdbc;

    /** Records in {@code dataSource}. */
    public JdbcPhoneBillRefundStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void record(PhoneBillRefund r) {
        try {
            jdbc.sql("""
                    INSERT INTO phone_bill_refunds (refund_id, charge_reference, carrier, livemode, amount,
                        carrier_share, currency, refunded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            r.refundId(),
                            r.chargeReference(),
                            r.carrier(),
                            r.livemode(),
                            r.amount(),
                            r.carrierShare(),
                            r.currency(),
                            SqlTime.of(r.refundedAt()))
                    .update();
        } catch (DuplicateKeyException concurrentRecord) {
            // Recorded before (a janitor's repeat, or a concurrent one): the first record stands.
        }
    }
}
