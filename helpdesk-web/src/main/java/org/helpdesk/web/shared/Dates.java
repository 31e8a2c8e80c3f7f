package org.helpdesk.web.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.shared.DeskSettings;

/** Dates and ages as the desk reads them, in its time zone. */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    DeskSettings settings;

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.withZone(settings.timeZone()).format(instant);
    }

    /** Whether the moment has passed, e.g. an escalation time. */
    public boolean isPast(Instant instant) {
        return instant != null && instant.isBefore(Instant.now());
    }

    /** A short age such as "3 d 4 h" or "25 min". */
    public String age(Instant since) {
        if (since == null) {
            return "";
        }
        Duration age = Duration.between(since, Instant.now());
        if (age.toDays() > 0) {
            return age.toDays() + " d " + age.toHoursPart() + " h";
        }
        if (age.toHours() > 0) {
            return age.toHours() + " h " + age.toMinutesPart() + " min";
        }
        return Math.max(0, age.toMinutes()) + " min";
    }
}
