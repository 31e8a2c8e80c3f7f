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
        return span(Duration.between(since, Instant.now()));
    }

    /** The time left until a due time ("en 1 h 20 min"), or how long ago it passed ("vencido hace 5 min"). */
    public String timeLeft(Instant due) {
        if (due == null) {
            return "";
        }
        Duration left = Duration.between(Instant.now(), due);
        return left.isNegative() ? texts.get("due.passed", span(left.negated())) : texts.get("due.left", span(left));
    }

    /** The colour of a due time: red once passed, amber within the last hour, none otherwise. */
    public String dueClass(Instant due) {
        if (due == null) {
            return "";
        }
        Instant now = Instant.now();
        return due.isBefore(now) ? "hd-escalated" : due.isBefore(now.plus(Duration.ofHours(1))) ? "hd-due-soon" : "hd-due";
    }

    private String span(Duration age) {
        if (age.toDays() > 0) {
            return texts.get("age.days", age.toDays(), age.toHoursPart());
        }
        if (age.toHours() > 0) {
            return texts.get("age.hours", age.toHours(), age.toMinutesPart());
        }
        return texts.get("age.minutes", Math.max(0, age.toMinutes()));
    }
}
