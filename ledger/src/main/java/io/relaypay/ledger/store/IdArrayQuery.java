package io.relaypay.ledger.store;

import static io.relaypay.ledger.store.SqlValues.uuidArray;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Runs a query whose one parameter is an array of ids ({@code id = ANY(?)}) and keys the rows it returns. */
final class IdArrayQuery {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private IdArrayQuery() {}

    static <K, T> Map<K, T> run(
            Connection connection, String sql, Collection<UUID> ids, RowMapper<T> mapper, Function<T, K> key)
            throws SQLException {
        Map<K, T> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, uuidArray(connection, ids));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    T row = mapper.map(rs);
                    found.put(key.apply(row), row);
                }
            }
        }
        return found;
    }
}
