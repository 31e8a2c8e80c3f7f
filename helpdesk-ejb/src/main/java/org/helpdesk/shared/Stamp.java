package org.helpdesk.shared;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who did something and when: the login of an agent or customer, or {@code system}; {@code via} names the
 * channel it came through when that is not a screen ({@value #API} for the generic interface), else null.
 */
public record Stamp(String by, Instant at, String via) implements Serializable {

    public static final String SYSTEM = "system";
    /** What {@code via} says for a change made through the generic interface. */
    public static final String API = "API";
    /** The role a caller of the generic interface holds besides their own, so the services know the channel. */
    public static final String API_ROLE = "api";

    public Stamp {
        Objects.requireNonNull(by);
        Objects.requireNonNull(at);
    }

    public Stamp(String by, Instant at) {
        this(by, at, null);
    }
}
