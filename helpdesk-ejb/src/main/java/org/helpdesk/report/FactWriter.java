package org.helpdesk.report;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/**
 * Writes a chunk's facts in the chunk's transaction. A restarted part may read again the one chunk
 * that committed after its last checkpoint was kept: the part begun afresh clears what it wrote, and
 * the first chunk after a checkpoint replaces its own facts, so nothing is counted twice.
 */
@Dependent
@Named("factWriter")
public class FactWriter extends AbstractItemWriter {

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    DataSource dataSource;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String part;

    /** Whether this part was restarted from a checkpoint and its next chunk may have been written before. */
    private boolean replacing;

    @Override
    public void open(Serializable checkpoint) throws SQLException {
        replacing = checkpoint != null;
        if (checkpoint == null) {
            long run = SlaPartitions.runId(job);
            int number = Integer.parseInt(part);
            // deleted only when there is something: a DELETE takes range locks on MariaDB even when it finds
            // nothing, and the parts writing beside it would deadlock with it
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement written = connection.prepareStatement(
                            "SELECT milestone_id FROM report_fact WHERE run_id = ? AND part = ?")) {
                written.setMaxRows(1);
                written.setLong(1, run);
                written.setInt(2, number);
                boolean any;
                try (ResultSet rows = written.executeQuery()) {
                    any = rows.next();
                }
                if (any) {
                    try (PreparedStatement clear = connection.prepareStatement("DELETE FROM report_fact WHERE run_id = ? AND part = ?")) {
                        clear.setLong(1, run);
                        clear.setInt(2, number);
                        clear.executeUpdate();
                    }
                }
            }
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return Boolean.TRUE;
    }

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        long run = SlaPartitions.runId(job);
        int number = Integer.parseInt(part);
        try (Connection connection = dataSource.getConnection()) {
            if (replacing) {
                removeWrittenBefore(connection, run, number, items);
                replacing = false;
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO report_fact "
                    + "(run_id, part, milestone_id, kind, group_key, met, minutes, moved_up) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Object item : items) {
                    Fact fact = (Fact) item;
                    insert.setLong(1, run);
                    insert.setInt(2, fact.part());
                    insert.setLong(3, fact.milestoneId());
                    insert.setString(4, fact.kind());
                    setLong(insert, 5, fact.groupKey());
                    if (fact.met() == null) {
                        insert.setNull(6, Types.INTEGER);
                    } else {
                        insert.setInt(6, fact.met() ? 1 : 0);
                    }
                    setLong(insert, 7, fact.minutes());
                    insert.setInt(8, fact.movedUp() ? 1 : 0);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /**
     * The facts of this chunk that an earlier execution wrote after its last kept checkpoint: found by a
     * plain read, then deleted row by row (a delete of rows that are not there takes range locks on MariaDB,
     * which deadlock with the other parts' inserts).
     */
    private static void removeWrittenBefore(Connection connection, long run, int part, List<Object> items) throws SQLException {
        List<Long> written = new java.util.ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT milestone_id FROM report_fact WHERE run_id = ? AND part = ? AND milestone_id = ?")) {
            for (Object item : items) {
                select.setLong(1, run);
                select.setInt(2, part);
                select.setLong(3, ((Fact) item).milestoneId());
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        written.add(rows.getLong(1));
                    }
                }
            }
        }
        if (written.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM report_fact WHERE run_id = ? AND part = ? AND milestone_id = ?")) {
            for (Long milestone : written) {
                delete.setLong(1, run);
                delete.setInt(2, part);
                delete.setLong(3, milestone);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
