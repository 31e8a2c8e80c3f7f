package org.helpdesk.faq;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One revision of a FAQ article as its history lists it: who, when, and which fields changed. */
public record FaqHistory(int revision, Instant changedAt, String changedBy, List<String> changed) implements Serializable {

    private static final long serialVersionUID = 1L;
}
