package org.helpdesk.ticket;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.helpdesk.shared.DeskSettings;

/**
 * Draws ticket numbers from the locked counter row in a short transaction of its own, on the connections
 * that also draw the ids ({@code HelpdeskSequenceDS}, outside the caller's transaction): the row is locked
 * only while a number is drawn, not while the ticket is written, so tickets are created side by side
 * instead of one after another (BENCHMARKS.md, generic interface), and a ticket being written never needs
 * a second connection of the main pool. A ticket whose transaction rolls back leaves its number unused, a
 * gap in the day's numbers, as in OTRS; no number is ever given twice.
 */
@ApplicationScoped
public class TicketNumbers {

    @Resource(lookup = "java:jboss/datasources/HelpdeskSequenceDS")
    DataSource sequences;

    @Inject
    Clock clock;

    @Inject
    DeskSettings settings;

    public String next() {
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        try (Connection connection = sequences.getConnection()) {
            connection.setAutoCommit(false);
            try {
                TicketCounter counter;
                try (PreparedStatement read = connection.prepareStatement(
                        "SELECT counter_day, counter FROM ticket_counter WHERE id = ? FOR UPDATE")) {
                    read.setInt(1, TicketCounter.ID);
                    try (ResultSet row = read.executeQuery()) {
                        if (!row.next()) {
                            throw new IllegalStateException("The ticket_counter row is missing");
                        }
                        counter = new TicketCounter(row.getObject(1, LocalDate.class), row.getLong(2));
                    }
                }
                String number = counter.nextNumber(today, settings.systemId());
                try (PreparedStatement write = connection.prepareStatement(
                        "UPDATE ticket_counter SET counter_day = ?, counter = ? WHERE id = ?")) {
                    write.setObject(1, counter.getDay());
                    write.setLong(2, counter.getCounter());
                    write.setInt(3, TicketCounter.ID);
                    write.executeUpdate();
                }
                connection.commit();
                return number;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not draw a ticket number", e);
        }
    }
}
