package org.helpdesk.sla;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/** When a ticket's first response, update and solution targets fall due (or warn); null where no target applies. */
public record EscalationTimes(Instant firstResponse, Instant update, Instant solution) {

    /** No target applies. */
    public static final EscalationTimes NONE = new EscalationTimes(null, null, null);

    /** The soonest of the three, or null when none applies (OTRS's escalation_time). */
    public Instant earliest() {
        return Stream.of(firstResponse, update, solution).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    /** Whether one of the three has come by {@code now}. */
    public boolean reachedBy(Instant now) {
        Instant earliest = earliest();
        return earliest != null && !now.isBefore(earliest);
    }
}
