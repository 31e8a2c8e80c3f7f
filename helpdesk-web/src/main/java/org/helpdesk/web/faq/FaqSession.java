package org.helpdesk.web.faq;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.SessionScoped;

/**
 * What this browser session did with FAQ articles: "was it useful?" counts one answer per article
 * and visit, and an article opened again from the suggestions (a reload) counts as one opening.
 */
@SessionScoped
public class FaqSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<Long> rated = new HashSet<>();
    private final Set<Long> opened = new HashSet<>();

    /** Notes the vote; false when the article was rated in this session already. */
    synchronized boolean firstVote(long articleId) {
        return rated.add(articleId);
    }

    synchronized boolean rated(long articleId) {
        return rated.contains(articleId);
    }

    /** Notes the opening from a suggestion; false when this session opened the article so already. */
    synchronized boolean firstOpening(long articleId) {
        return opened.add(articleId);
    }
}
