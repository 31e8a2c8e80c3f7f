package org.helpdesk.ticket;

import java.time.LocalDate;

/**
 * The day's ticket counter as its single row ({@code ticket_counter}) holds it; {@link TicketNumbers}
 * reads it under a lock, draws a number and writes it back, so that two tickets never get the same
 * number, on one server or several.
 */
public class TicketCounter {

    public static final int ID = 1;

    private LocalDate day;
    private long counter;

    /** The counter as read from its row: {@code day} may be null before the first ticket. */
    public TicketCounter(LocalDate day, long counter) {
        this.day = day;
        this.counter = counter;
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

    public LocalDate getDay() {
        return day;
    }

    public long getCounter() {
        return counter;
    }
}
