package io.relaypay.ledger.store;

import java.sql.SQLException;
import java.sql.Statement;

/** Checks JDBC batch update counts, so an update that silently matched no row cannot go unnoticed. */
final class BatchCounts {

    private BatchCounts() {}

    static void requireEachUpdatedOne(int[] counts, String table) throws SQLException {
        for (int count : counts) {
            // Drivers may report SUCCESS_NO_INFO for rewritten batches; only a definite 0 is a lost row.
            if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                throw new SQLException("expected to update one " + table + " row, updated " + count);
            }
        }
    }
}
