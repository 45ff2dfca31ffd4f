package io.relaypay.ledger.store;

import static io.relaypay.ledger.store.SqlValues.instant;
import static io.relaypay.ledger.store.SqlValues.timestamp;
import static io.relaypay.ledger.store.SqlValues.uuid;

import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.PendingState;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferFlag;
import io.relaypay.ledger.domain.TransferId;
import io.relaypay.ledger.domain.TransferRecord;
import io.relaypay.ledger.domain.UserData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads and writes rows of {@code ledger_transfer}. */
final class TransferTable {

    private static final String COLUMNS = "id, seq, debit_account_id, credit_account_id, amount, currency,"
            + " pending_id, timeout_seconds, code, flags, user_data_128, user_data_64, user_data_32,"
            + " pending_state, created_at";

    // Locked in id order, before any account, by every writer: one global lock order, no deadlocks.
    private static final String LOCK_BY_IDS =
            "SELECT " + COLUMNS + " FROM ledger_transfer WHERE id = ANY(?) ORDER BY id FOR UPDATE";

    // The janitor skips holds another node is already releasing rather than queueing behind it.
    private static final String LOCK_BY_IDS_SKIP_LOCKED =
            "SELECT " + COLUMNS + " FROM ledger_transfer WHERE id = ANY(?) ORDER BY id FOR UPDATE SKIP LOCKED";

    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM ledger_transfer WHERE id = ?";

    private static final String INSERT = "INSERT INTO ledger_transfer (id, debit_account_id, credit_account_id,"
            + " amount, currency, pending_id, timeout_seconds, code, flags, user_data_128, user_data_64,"
            + " user_data_32, pending_state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String UPDATE_STATE = "UPDATE ledger_transfer SET pending_state = ? WHERE id = ?";

    // Two index range scans (one per side) merged, instead of an OR that defeats both indexes.
    private static final String PAGE_OF_ACCOUNT = "SELECT " + COLUMNS + " FROM ("
            + " SELECT * FROM (SELECT " + COLUMNS + " FROM ledger_transfer WHERE debit_account_id = ? AND seq < ?"
            + "   ORDER BY seq DESC FETCH FIRST ? ROWS ONLY) d"
            + " UNION ALL"
            + " SELECT * FROM (SELECT " + COLUMNS + " FROM ledger_transfer WHERE credit_account_id = ? AND seq < ?"
            + "   ORDER BY seq DESC FETCH FIRST ? ROWS ONLY) c"
            + ") t ORDER BY seq DESC FETCH FIRST ? ROWS ONLY";

    private static final String INSERT_EXPIRY =
            "INSERT INTO ledger_pending_expiry (transfer_id, expires_at) VALUES (?, ?)";

    private static final String DELETE_EXPIRY = "DELETE FROM ledger_pending_expiry WHERE transfer_id = ?";

    private static final String DUE_EXPIRIES = "SELECT transfer_id FROM ledger_pending_expiry WHERE expires_at <= ?"
            + " ORDER BY expires_at, transfer_id FETCH FIRST ? ROWS ONLY";

    private TransferTable() {}

    static Map<TransferId, TransferRecord> lock(Connection connection, Collection<UUID> ids) throws SQLException {
        return query(connection, LOCK_BY_IDS, ids);
    }

    static Map<TransferId, TransferRecord> lockSkippingLocked(Connection connection, Collection<UUID> ids)
            throws SQLException {
        return query(connection, LOCK_BY_IDS_SKIP_LOCKED, ids);
    }

    private static Map<TransferId, TransferRecord> query(Connection connection, String sql, Collection<UUID> ids)
            throws SQLException {
        return IdArrayQuery.run(connection, sql, ids, TransferTable::map, TransferRecord::id);
    }

    static List<TransferRecord> byId(Connection connection, TransferId id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT_BY_ID)) {
            statement.setObject(1, id.value());
            return list(statement);
        }
    }

    static List<TransferRecord> pageOf(Connection connection, AccountId account, long before, int limit)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(PAGE_OF_ACCOUNT)) {
            statement.setObject(1, account.value());
            statement.setLong(2, before);
            statement.setInt(3, limit);
            statement.setObject(4, account.value());
            statement.setLong(5, before);
            statement.setInt(6, limit);
            statement.setInt(7, limit);
            return list(statement);
        }
    }

    private static List<TransferRecord> list(PreparedStatement statement) throws SQLException {
        List<TransferRecord> records = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                records.add(map(rs));
            }
        }
        return records;
    }

    static void insert(Connection connection, List<TransferRecord> transfers) throws SQLException {
        if (transfers.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            for (TransferRecord record : transfers) {
                Transfer t = record.transfer();
                statement.setObject(1, t.id().value());
                statement.setObject(2, t.debitAccountId().value());
                statement.setObject(3, t.creditAccountId().value());
                statement.setLong(4, t.amount());
                statement.setString(5, t.currency().getCurrencyCode());
                if (t.pendingId().isZero()) {
                    statement.setNull(6, Types.OTHER);
                } else {
                    statement.setObject(6, t.pendingId().value());
                }
                statement.setInt(7, t.timeoutSeconds());
                statement.setInt(8, t.code());
                statement.setInt(9, flagBits(t.flags()));
                statement.setObject(10, t.userData().data128());
                statement.setLong(11, t.userData().data64());
                statement.setInt(12, t.userData().data32());
                statement.setString(13, record.state().name());
                statement.setObject(14, timestamp(record.createdAt()));
                statement.addBatch();
            }
            statement.executeBatch();
        }
        insertExpiries(connection, transfers);
    }

    private static void insertExpiries(Connection connection, List<TransferRecord> transfers) throws SQLException {
        List<TransferRecord> expiring = transfers.stream()
                .filter(t -> t.state() == PendingState.PENDING && t.expiresAt().isPresent())
                .toList();
        if (expiring.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT_EXPIRY)) {
            for (TransferRecord record : expiring) {
                statement.setObject(1, record.id().value());
                statement.setObject(2, timestamp(record.expiresAt().orElseThrow()));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Stores new pending states; a hold that reached a final state leaves the janitor's list. */
    static void updateStates(Connection connection, List<TransferRecord> transfers) throws SQLException {
        if (transfers.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(UPDATE_STATE);
                PreparedStatement deleteExpiry = connection.prepareStatement(DELETE_EXPIRY)) {
            boolean anyFinal = false;
            for (TransferRecord record : transfers) {
                update.setString(1, record.state().name());
                update.setObject(2, record.id().value());
                update.addBatch();
                if (record.state().isFinal() && record.expiresAt().isPresent()) {
                    deleteExpiry.setObject(1, record.id().value());
                    deleteExpiry.addBatch();
                    anyFinal = true;
                }
            }
            BatchCounts.requireEachUpdatedOne(update.executeBatch(), "ledger_transfer");
            if (anyFinal) {
                deleteExpiry.executeBatch();
            }
        }
    }

    static List<UUID> dueExpiries(Connection connection, java.time.Instant now, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(DUE_EXPIRIES)) {
            statement.setObject(1, timestamp(now));
            statement.setInt(2, limit);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(uuid(rs, "transfer_id"));
                }
            }
            return ids;
        }
    }

    private static TransferRecord map(ResultSet rs) throws SQLException {
        UUID pending = uuid(rs, "pending_id");
        Transfer transfer = new Transfer(
                new TransferId(uuid(rs, "id")),
                new AccountId(uuid(rs, "debit_account_id")),
                new AccountId(uuid(rs, "credit_account_id")),
                rs.getLong("amount"),
                Currency.getInstance(rs.getString("currency")),
                pending == null ? TransferId.ZERO : new TransferId(pending),
                rs.getInt("timeout_seconds"),
                rs.getInt("code"),
                flags(rs.getInt("flags")),
                new UserData(uuid(rs, "user_data_128"), rs.getLong("user_data_64"), rs.getInt("user_data_32")));
        return new TransferRecord(
                transfer,
                PendingState.valueOf(rs.getString("pending_state")),
                instant(rs, "created_at"),
                rs.getLong("seq"));
    }

    // Bit positions are part of the stored format: append new flags, never reorder.
    private static int flagBits(Set<TransferFlag> flags) {
        int bits = 0;
        for (TransferFlag flag : flags) {
            bits |= 1 << flag.ordinal();
        }
        return bits;
    }

    private static Set<TransferFlag> flags(int bits) {
        Set<TransferFlag> flags = EnumSet.noneOf(TransferFlag.class);
        for (TransferFlag flag : TransferFlag.values()) {
            if ((bits & (1 << flag.ordinal())) != 0) {
                flags.add(flag);
            }
        }
        return flags;
    }
}
