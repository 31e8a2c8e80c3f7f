package org.helpdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * H2 and MariaDB: multi-row INSERTs ({@code VALUES (...), (...)}) of {@link #ROWS_PER_STATEMENT}
 * rows, executed in JDBC batches, which both databases take much faster than one row per statement.
 */
final class BatchRows implements Rows {

    static final int ROWS_PER_STATEMENT = 100;
    private static final int STATEMENTS_PER_BATCH = 10;

    private final Connection connection;
    private final String head;
    private final int width;
    private final PreparedStatement full;
    private final List<Object[]> pending = new ArrayList<>();
    private int batched;

    private BatchRows(Connection connection, String table, String[] columns) throws SQLException {
        this.connection = connection;
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.width = columns.length;
        this.full = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
    }

    static Rows.Sink sink(Connection connection) {
        return (table, columns) -> new BatchRows(connection, table, columns);
    }

    private String sql(int rows) {
        String one = "(" + "?, ".repeat(width - 1) + "?)";
        StringBuilder sql = new StringBuilder(head);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(one);
        }
        return sql.toString();
    }

    @Override
    public void add(Object... values) throws SQLException {
        pending.add(values);
        if (pending.size() == ROWS_PER_STATEMENT) {
            bind(full, pending);
            pending.clear();
            full.addBatch();
            if (++batched == STATEMENTS_PER_BATCH) {
                full.executeBatch();
                batched = 0;
            }
        }
    }

    private void bind(PreparedStatement statement, List<Object[]> rows) throws SQLException {
        int index = 1;
        for (Object[] row : rows) {
            for (Object value : row) {
                if (value == null) {
                    statement.setNull(index, Types.NULL);
                } else if (value instanceof Ts ts) {
                    statement.setObject(index, LocalDateTime.ofEpochSecond(ts.epochSecond(), 0, ZoneOffset.UTC));
                } else {
                    statement.setObject(index, value);
                }
                index++;
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (batched > 0) {
            full.executeBatch();
            batched = 0;
        }
        full.close();
        if (!pending.isEmpty()) {
            try (PreparedStatement rest = connection.prepareStatement(sql(pending.size()))) {
                bind(rest, pending);
                rest.executeUpdate();
            }
            pending.clear();
        }
    }
}
