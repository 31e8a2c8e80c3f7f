package org.helpdesk.ticket;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.helpdesk.agent.AgentSummary;
import org.helpdesk.field.DynamicField;
import org.helpdesk.shared.Page;

/**
 * Everything the agent's ticket zoom shows, read in one call (see {@link TicketZoomService}): the
 * ticket's facts and due times, its conversation with the attachments' names, sizes and types
 * (never their bytes: those come only with the download), the first page of its history, the
 * customer's other tickets, the choices of the side bar and what the calling agent may do.
 *
 * @param ticket            the ticket's facts
 * @param articles          the whole conversation, oldest first
 * @param history           the first page of the history, oldest first, with the number of entries in all
 * @param customerTickets   a few of the customer's other tickets the agent may see, newest first
 * @param allowed           which actions the agent's permissions allow on the ticket as it is now
 * @param moveTargets       the queues the agent may move the ticket into
 * @param owners            the agents who may become owner (and responsible)
 * @param states            the states an agent may set (all valid ones but "merged")
 * @param types             the valid ticket types
 * @param services          the valid services
 * @param slas              the valid SLAs
 * @param responseTemplates the valid canned responses
 * @param fields            the dynamic fields the zoom lets the agent edit, in order
 * @param fieldInput        the ticket's values of those fields as form input, by field id
 * @param fieldValues       the ticket's values of the fields the zoom shows, by field in order
 */
public record TicketZoom(
        Facts ticket,
        List<ArticleView> articles,
        Page<HistoryLine> history,
        List<TicketSummary> customerTickets,
        Actions allowed,
        List<Choice> moveTargets,
        List<AgentSummary> owners,
        List<TicketState> states,
        List<TicketType> types,
        List<Choice> services,
        List<Choice> slas,
        List<Choice> responseTemplates,
        List<DynamicField> fields,
        Map<Long, List<String>> fieldInput,
        List<FieldShown> fieldValues) implements Serializable {

    /** The ticket as the zoom's header and side bar show it; names instead of entities. */
    public record Facts(
            long id,
            long version,
            String number,
            String title,
            long stateId,
            String state,
            StateType stateType,
            int priority,
            long queueId,
            String queue,
            long typeId,
            String type,
            long customerId,
            String customer,
            String customerLogin,
            String company,
            Long ownerId,
            String owner,
            boolean locked,
            Long responsibleId,
            String responsible,
            Instant createdAt,
            Instant pendingUntil,
            Instant firstResponseDue,
            Instant updateDue,
            Instant solutionDue,
            Instant escalationAt,
            Long serviceId,
            String service,
            Long slaId,
            String sla) implements Serializable {
    }

    /** One article of the conversation; {@code safeHtml} is the HTML body made safe to show, or null. */
    public record ArticleView(
            long id,
            Channel channel,
            SenderType sender,
            boolean visibleForCustomer,
            String from,
            String to,
            String cc,
            String subject,
            String body,
            String safeHtml,
            Instant createdAt,
            String createdBy,
            List<AttachmentInfo> attachments,
            ArticleSecurity security) implements Serializable {
    }

    /** What the zoom shows of an attachment: never its content. */
    public record AttachmentInfo(long id, String filename, String contentType, long size, String contentId)
            implements Serializable {
    }

    /** One entry of the history. */
    public record HistoryLine(long id, HistoryType type, String detail, Instant createdAt, String createdBy, String via)
            implements Serializable {
    }

    /** Something to pick in a menu: a queue, a service, an SLA, a canned response. */
    public record Choice(long id, String name) implements Serializable {
    }

    /** A dynamic field the zoom shows and the ticket's values of it. */
    public record FieldShown(DynamicField field, List<Value> values) implements Serializable {
    }

    /** One stored value of a dynamic field: text (also for choices), a date, a moment or a ticked box. */
    public record Value(String text, LocalDate date, Instant time, Boolean flag) implements Serializable {
    }

    /**
     * The actions the agent's permissions on the ticket's queue allow, as the services check them:
     * anything but a note or taking ownership needs the ticket not to be locked by another agent.
     */
    public record Actions(
            boolean note,
            boolean answer,
            boolean move,
            boolean state,
            boolean priority,
            boolean type,
            boolean owner,
            boolean responsible,
            boolean lock,
            boolean unlock,
            boolean merge,
            boolean fields) implements Serializable {
    }
}
