package org.helpdesk.shared;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Who did something and when: the login of an agent or customer, or {@code system}. */
public record Stamp(String by, Instant at) implements Serializable {

    public static final String SYSTEM = "system";

    public Stamp {
        Objects.requireNonNull(by);
        Objects.requireNonNull(at);
    }
}
