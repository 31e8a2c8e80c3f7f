package org.helpdesk.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

/** The milestones the report tests generate: a month (March 2001) of tickets' lives, the same every time. */
final class ReportData {

    private ReportData() {
    }

    /** A generated milestone, as the job will read it. */
    record Generated(long id, long ticket, String kind, Instant at, boolean openAfter, long queue, int tier, Integer previousTier,
            Instant due, Long minutes) {

        Boolean met() {
            return due == null ? null : !at.isAfter(due);
        }

        boolean inPeriod() {
            return !at.isBefore(ReportIT.FROM) && at.isBefore(ReportIT.TO);
        }
    }

    /**
     * Writes a month of milestones for {@link #ReportIT.TICKETS} tickets: opened from five days before the month to
     * five days after it, then answered, updated, moved between N1 and N2, escalated, closed, reopened
     * or merged at random, some after the month.
     */
    static List<Generated> generate(DataSource dataSource) throws SQLException {
        List<Generated> milestones = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM ticket_milestone WHERE occurred_at < ?")) {
                clear.setTimestamp(1, Timestamp.valueOf(LocalDateTime.of(2002, 1, 1, 0, 0)));
                clear.executeUpdate();
            }
            new TicketGenerator(dataSource).ensure(ReportIT.TICKETS);
            List<Long> ticketIds = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT id FROM ticket WHERE created_by = 'generator' ORDER BY id")) {
                while (rows.next() && ticketIds.size() < ReportIT.TICKETS) {
                    ticketIds.add(rows.getLong(1));
                }
            }
            long nextId = reserveIds(connection, ReportIT.TICKETS * 10L);
            Random random = new Random(2001);
            for (long ticket : ticketIds) {
                Instant at = ReportIT.FROM.minus(Duration.ofDays(5)).plusSeconds(random.nextInt(41 * 24 * 3600));
                long queue = 1 + random.nextInt(2);
                boolean open = true;
                boolean answered = false;
                milestones.add(new Generated(nextId++, ticket, "OPENED", at, true, queue, (int) queue, null, null, null));
                for (int step = random.nextInt(8); step > 0; step--) {
                    at = at.plusSeconds(600 + random.nextInt(72 * 3600));
                    Instant due = random.nextInt(10) == 0 ? null : random.nextInt(20) == 0 ? at
                            : at.plusSeconds(random.nextInt(6 * 3600) - 3 * 3600);
                    Long minutes = random.nextInt(10) == 0 ? null : (long) random.nextInt(3000);
                    int choice = random.nextInt(7);
                    if (open && !answered) {
                        answered = true;
                        milestones.add(new Generated(nextId++, ticket, "FIRST_RESPONSE", at, true, queue, (int) queue, null, due, minutes));
                    } else if (open && choice == 0) {
                        milestones.add(new Generated(nextId++, ticket, "UPDATE", at, true, queue, (int) queue, null, due, minutes));
                    } else if (open && choice <= 2) {
                        open = false;
                        milestones.add(new Generated(nextId++, ticket, "CLOSED", at, false, queue, (int) queue, null, due, minutes));
                    } else if (!open && choice == 3) {
                        open = true;
                        milestones.add(new Generated(nextId++, ticket, "REOPENED", at, true, queue, (int) queue, null, null, null));
                    } else if (open && choice == 4) {
                        int previous = (int) queue;
                        queue = 3 - queue;
                        milestones.add(new Generated(nextId++, ticket, "MOVED", at, true, queue, (int) queue, previous, null, null));
                    } else if (open && choice == 5) {
                        milestones.add(new Generated(nextId++, ticket, "ESCALATED", at, true, queue, (int) queue, null, null, null));
                    } else if (open) {
                        open = false;
                        milestones.add(new Generated(nextId++, ticket, "ENDED", at, false, queue, (int) queue, null, null, null));
                        break;
                    }
                }
            }
            insert(connection, milestones, random);
            connection.commit();
        }
        return milestones;
    }

    private static void insert(Connection connection, List<Generated> milestones, Random random) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ticket_milestone (id, version, ticket_id, kind, "
                + "occurred_at, open_after, queue_id, tier, previous_tier, priority, type_id, due_at, business_minutes) "
                + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")) {
            Map<Long, Integer> priorities = new HashMap<>();
            for (Generated m : milestones) {
                insert.setLong(1, m.id());
                insert.setLong(2, m.ticket());
                insert.setString(3, m.kind());
                insert.setTimestamp(4, Timestamp.valueOf(LocalDateTime.ofInstant(m.at(), ZoneOffset.UTC)));
                insert.setBoolean(5, m.openAfter());
                insert.setLong(6, m.queue());
                insert.setInt(7, m.tier());
                if (m.previousTier() == null) {
                    insert.setNull(8, Types.INTEGER);
                } else {
                    insert.setInt(8, m.previousTier());
                }
                insert.setInt(9, priorities.computeIfAbsent(m.ticket(), t -> 1 + random.nextInt(5)));
                if (m.due() == null) {
                    insert.setNull(10, Types.TIMESTAMP);
                } else {
                    insert.setTimestamp(10, Timestamp.valueOf(LocalDateTime.ofInstant(m.due(), ZoneOffset.UTC)));
                }
                if (m.minutes() == null) {
                    insert.setNull(11, Types.BIGINT);
                } else {
                    insert.setLong(11, m.minutes());
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Takes {@code size} ids of the entities' generator for rows written with SQL; the first is returned. */
    static long reserveIds(Connection connection, long size) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE id_generator SET gen_value = gen_value + ? WHERE gen_name = 'ids'")) {
            update.setLong(1, size);
            update.executeUpdate();
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT gen_value FROM id_generator WHERE gen_name = 'ids'")) {
            rows.next();
            return rows.getLong(1) - size + 1;
        }
    }

}
