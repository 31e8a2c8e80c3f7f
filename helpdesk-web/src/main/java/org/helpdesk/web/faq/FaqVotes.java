package org.helpdesk.web.faq;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.SessionScoped;

/** The FAQ articles rated in this browser session: "was it useful?" counts one answer per article and visit. */
@SessionScoped
public class FaqVotes implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<Long> rated = new HashSet<>();

    /** Notes the vote; false when the article was rated in this session already. */
    synchronized boolean first(long articleId) {
        return rated.add(articleId);
    }

    synchronized boolean rated(long articleId) {
        return rated.contains(articleId);
    }
}
