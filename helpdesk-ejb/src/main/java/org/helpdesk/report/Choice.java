package org.helpdesk.report;

import java.io.Serializable;

/** A queue or ticket type a report can be restricted to. */
public record Choice(Long id, String name) implements Serializable {
}
