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

    @Inject
    Texts texts;

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
            return texts.get("age.days", age.toDays(), age.toHoursPart());
        }
        if (age.toHours() > 0) {
            return texts.get("age.hours", age.toHours(), age.toMinutesPart());
        }
        return texts.get("age.minutes", Math.max(0, age.toMinutes()));
    }
}
