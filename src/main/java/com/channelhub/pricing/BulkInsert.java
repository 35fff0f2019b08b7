package com.channelhub.pricing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Multi-row {@code INSERT … VALUES (…), (…), …} statements: one round trip per few hundred rows, which is what
 * makes 100,000 items and their targets a matter of seconds without driver-specific batch rewriting. Nullable
 * values are passed as {@link org.springframework.jdbc.core.SqlParameterValue} with their SQL type.
 */
public final class BulkInsert {

    /** PostgreSQL takes at most 32,767 parameters per statement: stay well below. */
    private static final int MAX_PARAMETERS = 16_000;

    private BulkInsert() {
    }

    public static void insert(JdbcTemplate jdbc, String table, List<String> columns, List<Object[]> rows) {
        int rowsPerStatement = Math.max(1, MAX_PARAMETERS / columns.size());
        String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        String tuple = "(" + "?, ".repeat(columns.size() - 1) + "?)";
        String fullSql = null;
        for (int from = 0; from < rows.size(); from += rowsPerStatement) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + rowsPerStatement));
            String sql;
            if (chunk.size() == rowsPerStatement) {
                if (fullSql == null) {
                    fullSql = head + String.join(", ", java.util.Collections.nCopies(rowsPerStatement, tuple));
                }
                sql = fullSql;
            } else {
                sql = head + String.join(", ", java.util.Collections.nCopies(chunk.size(), tuple));
            }
            List<Object> args = new ArrayList<>(chunk.size() * columns.size());
            for (Object[] row : chunk) {
                for (Object value : row) {
                    args.add(value);
                }
            }
            jdbc.update(sql, args.toArray());
        }
    }
}
