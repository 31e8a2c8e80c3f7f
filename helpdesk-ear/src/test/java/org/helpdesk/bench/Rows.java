package org.helpdesk.bench;

import java.sql.SQLException;

/**
 * Rows going into one table, in the order of the columns named when it was opened. Values are
 * String, Long, Integer, Boolean, {@link Ts} or null.
 */
interface Rows extends AutoCloseable {

    void add(Object... values) throws SQLException;

    /** Writes what is still buffered; the caller commits. */
    @Override
    void close() throws SQLException;

    /** A timestamp in UTC (as the server stores instants), in epoch seconds. */
    record Ts(long epochSecond) {
    }

    /** Opens tables for writing, on one connection. */
    interface Sink {
        Rows open(String table, String... columns) throws SQLException;
    }
}
