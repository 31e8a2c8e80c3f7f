package org.helpdesk.faq;

import java.io.Serializable;
import java.time.Instant;

/** A FAQ article as lists show it. */
public record FaqRow(long id, String title, String category, String language, FaqVisibility visibility, boolean valid,
        boolean approved, Instant changedAt, int helpfulYes, int helpfulNo) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The JPQL constructor expression of a row over {@code FaqItem f JOIN f.category c}. */
    static final String SELECT = "SELECT NEW org.helpdesk.faq.FaqRow(f.id, f.title, c.name, f.language, f.visibility, "
            + "f.valid, f.approved, f.changedAt, f.helpfulYes, f.helpfulNo) FROM FaqItem f JOIN f.category c ";
}
