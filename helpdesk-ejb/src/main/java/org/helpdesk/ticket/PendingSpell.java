package org.helpdesk.ticket;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A time the ticket spent in a pending state; its SLA clocks stood still. Open-ended while pending. */
@Embeddable
public class PendingSpell implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected PendingSpell() {
    }

    PendingSpell(Instant startedAt) {
        this.startedAt = startedAt;
    }

    void end(Instant at) {
        endedAt = at;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
