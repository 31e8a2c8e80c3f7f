package org.helpdesk.faq;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A FAQ article to read: symptom and solution as sanitized HTML, the solution also as plain text (to
 * insert into an answer), and its files.
 */
public record FaqArticle(long id, String title, String category, String keywords, String language,
        FaqVisibility visibility, boolean valid, boolean approved, int revision, String safeSymptom, String safeSolution,
        String solutionText, Instant changedAt, String changedBy, int helpfulYes, int helpfulNo, List<FileInfo> files)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A file of the article, without its bytes. */
    public record FileInfo(long id, String filename, String contentType, long size) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
