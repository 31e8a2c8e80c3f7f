package org.helpdesk.faq;

import java.io.Serializable;

/**
 * How a FAQ article did as a suggestion on the portal's new-ticket form: how often customers opened it,
 * how often a ticket followed anyway, and how often none did ({@code deflected}: counted once
 * {@link KnowledgeBase#SETTLED} has passed), with the article's "was it useful?" answers.
 */
public record FaqStatistic(long id, String title, long opened, long followedByTicket, long deflected, int helpfulYes,
        int helpfulNo) implements Serializable {

    private static final long serialVersionUID = 1L;
}
