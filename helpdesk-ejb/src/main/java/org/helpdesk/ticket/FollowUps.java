package org.helpdesk.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.helpdesk.customer.CustomerUser;
import org.helpdesk.queue.FollowUpPolicy;
import org.helpdesk.shared.RuleViolationException;
import org.helpdesk.shared.Stamp;

/**
 * A customer's answer to an existing ticket, from the portal or by e-mail, in the caller's
 * transaction. On a closed ticket the queue's follow-up policy decides: the ticket is reopened,
 * the answer is refused ({@link RuleViolationException} "ticket.followUp.rejected"), or it starts a
 * new ticket. A pending ticket is opened again, as the customer has spoken.
 */
@ApplicationScoped
public class FollowUps {

    @Inject
    TicketStates states;

    @Inject
    TicketOpening opening;

    @Inject
    Event<ArticleAdded> articleAdded;

    @Inject
    TicketChanges changes;

    /** Adds the answer and returns the article; its ticket is {@code ticket} or the new one. */
    public Article receive(Ticket ticket, CustomerUser from, NewArticle answer, Arrival arrival, Stamp stamp) {
        StateType type = ticket.getState().getType();
        if (type == StateType.CLOSED) {
            FollowUpPolicy policy = ticket.getQueue().getFollowUpPolicy();
            if (policy == FollowUpPolicy.REJECT) {
                throw new RuleViolationException("ticket.followUp.rejected", ticket.getNumber());
            }
            if (policy == FollowUpPolicy.NEW_TICKET) {
                return opening.open(new TicketOpening.Opening(ticket.getTitle(), ticket.getQueue(), states.ofType(StateType.NEW),
                        ticket.getPriority(), ticket.getType(), from, answer, null, null, null, arrival), stamp).getFirstArticle();
            }
            ticket.changeState(states.ofType(StateType.OPEN), stamp);
        } else if (type.isPending()) {
            ticket.changeState(states.ofType(StateType.OPEN), stamp);
        }
        Article article = ticket.addArticle(answer, stamp);
        articleAdded.fire(new ArticleAdded(ticket, article, arrival));
        changes.announce(ticket);
        return article;
    }

    /**
     * Keeps a message on the ticket as an internal note, not visible to the customer and without
     * reopening it: what a queue does with mail from a sender not entitled to follow up.
     */
    public Article keepAsNote(Ticket ticket, NewArticle message, Arrival arrival, Stamp stamp) {
        Article article = ticket.addArticle(message.hiddenFromCustomer(), stamp);
        articleAdded.fire(new ArticleAdded(ticket, article, arrival));
        changes.announce(ticket);
        return article;
    }

    /** Whether an answer to this ticket would be refused. */
    public static boolean refuses(Ticket ticket) {
        return ticket.getState().getType() == StateType.CLOSED
                && ticket.getQueue().getFollowUpPolicy() == FollowUpPolicy.REJECT;
    }
}
