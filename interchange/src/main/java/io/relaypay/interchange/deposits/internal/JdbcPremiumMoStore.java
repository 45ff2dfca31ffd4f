package io.relaypay.interchange.deposits.internal;

import io.relaypay.interchange.deposits.PremiumMoCharge;
import io.relaypay.interchange.deposits.PremiumMoStore;
import io.relaypay.interchange.persistence.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Premium MO charges in the {@code premium_mo_charges} table. */
public final class JdbcPremiumMoStore implements PremiumMoStore {

    private final JdbcClient jdbc;

    /** A store over {@code jdbc}. */
    public JdbcPremiumMoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(PremiumMoCharge c) {
        if (c.chargeReference().isPresent()
                && jdbc.sql("SELECT COUNT(*) FROM premium_mo_charges WHERE carrier = ? AND charge_reference = ?")
                                .params(c.carrier(), c.chargeReference().get())
                                .query(Long.class)
                                .single()
                        > 0) {
            return false;
        }
        try {
            jdbc.sql("""
                INSERT INTO premium_mo_charges (id, user_id, phone_number, carrier, short_code, amount, currency,
                    livemode, state, channel, received_at, credited_at, charge_reference)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, NULL, ?)""")
                    .params(
                            c.id(),
                            c.userId(),
                            c.phoneNumber(),
                            c.carrier(),
                            c.shortCode(),
                            c.amount(),
                            c.currency(),
                            c.livemode(),
                            c.channel(),
                            SqlTime.of(c.receivedAt()),
                            c.chargeReference().orElse(null))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            // The same MO delivered twice at once, on two sessions or two nodes: the other one stored it.
            return false;
        }
    }

    @Override
    public List<PremiumMoCharge> pending(int limit) {
        return jdbc.sql("""
                SELECT * FROM premium_mo_charges WHERE state = 'PENDING' ORDER BY received_at, id
                FETCH FIRST ? ROWS ONLY""").param(limit).query(JdbcPremiumMoStore::charge).list();
    }

    @Override
    public void credited(String id, long carrierShare, long bonus, Instant at) {
        jdbc.sql("UPDATE premium_mo_charges SET state = 'CREDITED', credited_at = ?, carrier_share = ?, bonus = ?"
                        + " WHERE id = ? AND state = 'PENDING'")
                .params(SqlTime.of(at), carrierShare, bonus, id)
                .update();
    }

    @Override
    public List<PremiumMoCharge> ofPhone(String phoneNumber) {
        return jdbc.sql("SELECT * FROM premium_mo_charges WHERE phone_number = ? ORDER BY received_at, id")
                .param(phoneNumber)
                .query(JdbcPremiumMoStore::charge)
                .list();
    }

    private static PremiumMoCharge charge(ResultSet rs, int row) throws SQLException {
        return new PremiumMoCharge(
                rs.getString("id"),
                rs.getString("user_id"),
                rs.getString("phone_number"),
                rs.getString("carrier"),
                rs.getString("short_code"),
                rs.getLong("amount"),
                rs.getString("currency"),
                rs.getBoolean("livemode"),
                SqlTime.readOptional(rs, "credited_at"),
                rs.getString("channel"),
                SqlTime.read(rs, "received_at"),
                Optional.ofNullable(rs.getString("charge_reference")));
    }
}
