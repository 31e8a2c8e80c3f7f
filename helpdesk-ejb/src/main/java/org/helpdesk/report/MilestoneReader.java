package org.helpdesk.report;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.ticket.MilestoneKind;

/**
 * Reads one part of the SLA report in keyed pages, never more than a page in memory: the milestones of a
 * time slice in the order of (time, id), or the tickets open at the period's end (each ticket's last
 * milestone before the end, when it left the ticket open) in id order. The checkpoint is the last key
 * read, so a restarted part goes on where its last committed chunk ended. Plain SQL that H2, PostgreSQL
 * and MariaDB all read the same way, every value bound.
 */
@Dependent
@Named("milestoneReader")
public class MilestoneReader extends AbstractItemReader {

    static final String PERIOD = "period";
    static final String BACKLOG = "backlog";
    private static final int PAGE = 1000;
    private static final String COLUMNS = "SELECT m.id, m.kind, m.occurred_at, m.queue_id, m.tier, m.previous_tier, m.priority, "
            + "m.type_id, m.service_id, m.sla_id, m.owner_id, m.company_id, m.due_at, m.business_minutes FROM ticket_milestone m";

    @Inject
    @BatchProperty
    String source;

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    @Inject
    JobContext job;

    @EJB
    ReportJobs jobs;

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    DataSource dataSource;

    private List<Long> queues;
    private List<Long> types;
    private Key last;
    private final Deque<MilestoneRow> page = new ArrayDeque<>();
    private boolean exhausted;

    /** Where a part stands: the time and id of the last milestone read. */
    record Key(Instant at, long id) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Override
    public void open(Serializable checkpoint) {
        ReportRun run = jobs.run(SlaPartitions.runId(job));
        queues = run.getQueueIds();
        types = run.getTypeIds();
        last = checkpoint == null ? new Key(Instant.parse(from), Long.MIN_VALUE) : (Key) checkpoint;
        // opened again after a chunk was rolled back (a retry): what was read beyond the checkpoint is read again
        page.clear();
        exhausted = false;
    }

    @Override
    public Object readItem() throws SQLException {
        if (page.isEmpty() && !exhausted) {
            int read = readPage();
            exhausted = read < PAGE;
        }
        MilestoneRow row = page.poll();
        if (row != null) {
            last = new Key(row.occurredAt(), row.id());
        }
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }

    private int readPage() throws SQLException {
        boolean period = PERIOD.equals(source);
        StringBuilder sql = new StringBuilder(COLUMNS);
        if (period) {
            // keyed on (time, id): the first condition lets the index on (occurred_at, id) start at the key
            sql.append(" WHERE m.occurred_at >= ? AND (m.occurred_at > ? OR m.id > ?) AND m.occurred_at < ?");
        } else {
            sql.append(" WHERE m.id > ? AND m.occurred_at < ? AND m.open_after = ? AND NOT EXISTS (SELECT 1 FROM ticket_milestone n"
                    + " WHERE n.ticket_id = m.ticket_id AND n.occurred_at < ?"
                    + " AND (n.occurred_at > m.occurred_at OR (n.occurred_at = m.occurred_at AND n.id > m.id)))");
        }
        sql.append(in("m.queue_id", queues)).append(in("m.type_id", types));
        sql.append(period ? " ORDER BY m.occurred_at, m.id" : " ORDER BY m.id").append(" LIMIT ").append(PAGE);
        Timestamp end = timestamp(Instant.parse(to));
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int i = 1;
            if (period) {
                select.setTimestamp(i++, timestamp(last.at()));
                select.setTimestamp(i++, timestamp(last.at()));
                select.setLong(i++, last.id());
                select.setTimestamp(i++, end);
            } else {
                select.setLong(i++, last.id());
                select.setTimestamp(i++, end);
                select.setBoolean(i++, true);
                select.setTimestamp(i++, end);
            }
            for (Long id : queues) {
                select.setLong(i++, id);
            }
            for (Long id : types) {
                select.setLong(i++, id);
            }
            int read = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    page.add(new MilestoneRow(rows.getLong(1), MilestoneKind.valueOf(rows.getString(2)), instant(rows.getTimestamp(3)),
                            rows.getLong(4), rows.getInt(5), integer(rows, 6), rows.getInt(7), rows.getLong(8), number(rows, 9),
                            number(rows, 10), number(rows, 11), number(rows, 12), instant(rows.getTimestamp(13)), number(rows, 14)));
                    read++;
                }
            }
            return read;
        }
    }

    private static String in(String column, List<Long> ids) {
        return ids.isEmpty() ? "" : " AND " + column + " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
    }

    /** Instants are stored as UTC date-times (see InstantConverter). */
    private static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static Long number(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static Integer integer(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
