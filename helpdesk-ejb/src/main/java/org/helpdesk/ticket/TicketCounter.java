package org.helpdesk.ticket;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The day's ticket counter: a single row, locked while a ticket number is drawn, so that two
 * tickets never get the same number, on one server or several.
 */
@Entity
@Table(name = "ticket_counter")
public class TicketCounter {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "counter_day", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private long counter;

    protected TicketCounter() {
    }

    /**
     * Draws the next ticket number for {@code today}; the counter starts again at 1 on a new day.
     * Should the clock go back, numbering goes on under the last day used, so no number repeats.
     */
    public String nextNumber(LocalDate today, int systemId) {
        if (day == null || today.isAfter(day)) {
            day = today;
            counter = 0;
        }
        counter++;
        return TicketNumber.of(day, systemId, counter);
    }
}
