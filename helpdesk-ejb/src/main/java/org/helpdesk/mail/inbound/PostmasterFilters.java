package org.helpdesk.mail.inbound;

import java.util.List;

import org.helpdesk.mail.mime.ParsedMail;
import org.helpdesk.queue.Queue;
import org.helpdesk.ticket.TicketType;

/** Runs the PostMaster filters over a message, in order, and sums up what they decided. */
final class PostmasterFilters {

    private PostmasterFilters() {
    }

    /** What the matching filters set; {@code ignoredBy} names the filter that had the message ignored. */
    record Outcome(Queue queue, Integer priority, TicketType type, String ignoredBy) {
    }

    static Outcome apply(List<PostmasterFilter> filters, ParsedMail mail) {
        Queue queue = null;
        Integer priority = null;
        TicketType type = null;
        for (PostmasterFilter filter : filters) {
            if (!filter.matches(mail)) {
                continue;
            }
            if (filter.isIgnoreMessage()) {
                return new Outcome(null, null, null, filter.getName());
            }
            queue = filter.getSetQueue() != null ? filter.getSetQueue() : queue;
            priority = filter.getSetPriority() != null ? filter.getSetPriority() : priority;
            type = filter.getSetType() != null ? filter.getSetType() : type;
            if (filter.isStop()) {
                break;
            }
        }
        return new Outcome(queue, priority, type, null);
    }
}
