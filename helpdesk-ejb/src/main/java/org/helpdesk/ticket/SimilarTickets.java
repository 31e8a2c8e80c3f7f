package org.helpdesk.ticket;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.helpdesk.search.Relevance;
import org.helpdesk.search.TextIndex;
import org.helpdesk.search.TextIndex.Part;

/**
 * Solved tickets like a text (a new ticket's subject, a ticket's title): those with any of its words,
 * ranked by {@link Relevance} among the newest {@value Relevance#CANDIDATES} of them, within what the caller may see.
 */
@ApplicationScoped
class SimilarTickets {

    @Inject
    TextIndex index;

    @Inject
    TicketLists lists;

    /**
     * Up to {@code max} closed tickets matching {@code where} (a JPQL condition on t, q, s, c, o: what the
     * caller may see) that answer {@code text} best, by the {@code part} of their text the caller reads.
     */
    List<TicketSummary> solved(String where, Map<String, Object> parameters, String text, Part part, int max) {
        Set<String> terms = Relevance.terms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        parameters.put("solvedType", StateType.CLOSED);
        Map<Long, String> candidates = lists.newest(where + " AND s.type = :solvedType AND "
                + index.matchingAny("t.id", terms, part), parameters, Relevance.CANDIDATES);
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Long> ranked = Relevance.rank(candidates, terms, index.counts(candidates.keySet(), terms, part));
        return lists.inOrder(ranked.subList(0, Math.min(max, ranked.size())));
    }
}
