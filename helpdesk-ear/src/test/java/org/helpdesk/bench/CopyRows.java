package org.helpdesk.bench;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** PostgreSQL: rows streamed with COPY ... FROM STDIN in its text format. */
final class CopyRows implements Rows {

    private final PGCopyOutputStream stream;
    private final Writer out;

    private CopyRows(Connection connection, String table, String[] columns) throws SQLException {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 20);
        out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    /** The sink writing to {@code connection}. */
    static Rows.Sink sink(Connection connection) {
        return (table, columns) -> new CopyRows(connection, table, columns);
    }

    @Override
    public void add(Object... values) throws SQLException {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                write(values[i]);
            }
            out.write('\n');
        } catch (IOException e) {
            throw new SQLException("COPY failed", e);
        }
    }

    private void write(Object value) throws IOException {
        if (value == null) {
            out.write("\\N");
        } else if (value instanceof String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> out.write("\\\\");
                    case '\n' -> out.write("\\n");
                    case '\r' -> out.write("\\r");
                    case '\t' -> out.write("\\t");
                    default -> out.write(c);
                }
            }
        } else if (value instanceof Boolean flag) {
            out.write(flag ? 't' : 'f');
        } else if (value instanceof Ts ts) {
            out.write(LocalDateTime.ofEpochSecond(ts.epochSecond(), 0, ZoneOffset.UTC).toString());
        } else {
            out.write(value.toString());
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            out.close();
        } catch (IOException e) {
            throw new SQLException("COPY failed", e);
        }
    }
}
