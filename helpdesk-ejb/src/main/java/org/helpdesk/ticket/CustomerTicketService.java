package org.helpdesk.ticket;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.customer.CustomerDirectory;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.field.Screen;
import org.helpdesk.queue.FollowUpPolicy;
import org.helpdesk.queue.Queue;
import org.helpdesk.search.TextIndex.Part;
import org.helpdesk.settings.Settings;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.Messages;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.RuleViolationException;
import org.helpdesk.shared.Stamp;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.sla.ItService;
import org.helpdesk.sla.ServiceCatalog;

/**
 * The customer portal's ticket services. A customer reaches only their own tickets, and their
 * company's when an administrator allowed it; any other ticket, existing or not, is "not found".
 * Customers never see internal articles.
 */
@Stateless
@DeclareRoles(Stamp.API_ROLE)
@RolesAllowed("customer")
@Interceptors(ConcurrencyGuard.class)
public class CustomerTicketService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    CustomerDirectory customers;

    @Inject
    Lookup lookup;

    @Inject
    BeanValidation validation;

    @Inject
    TicketStates states;

    @Inject
    TicketLists lists;

    @Inject
    FollowUps followUps;

    @Inject
    TicketOpening opening;

    @EJB
    ServiceCatalog catalog;

    @Inject
    Settings configuration;

    @Inject
    FieldValues fieldValues;

    @Inject
    Clock clock;

    @Inject
    TicketConditions conditions;

    @Inject
    SimilarTickets similar;

    /** Which of the customer's tickets a list shows. */
    public enum Show {
        OPEN, CLOSED, ALL
    }

    /** The name the portal greets the signed-in customer with: first and last name (the login if they have none). */
    public String myName() {
        CustomerUser me = customers.current(context);
        String name = ((me.getFirstName() == null ? "" : me.getFirstName()) + " "
                + (me.getLastName() == null ? "" : me.getLastName())).trim();
        return name.isEmpty() ? me.getLogin() : name;
    }

    /** One page of the customer's tickets (their own, or their company's when they may see those). */
    public List<TicketSummary> myTickets(Show show, TicketSort sort, boolean ascending, int first, int pageSize) {
        Map<String, Object> parameters = new HashMap<>();
        return lists.page(mine(show, parameters), parameters, sort, ascending, first, pageSize);
    }

    /**
     * One page of the customer's tickets (as {@link #myTickets}) that match {@code query}: the agents'
     * search criteria, within what the portal shows the customer.
     */
    public List<TicketSummary> search(TicketQuery query, TicketSort sort, boolean ascending, int first, int pageSize) {
        Map<String, Object> parameters = new HashMap<>();
        TicketConditions.Criteria criteria = conditions.of(visibleTo(customers.current(context), parameters), parameters, query,
                Part.SHARED);
        return lists.page(criteria.where(), criteria.parameters(), sort, ascending, first, pageSize);
    }

    /** How many tickets {@link #myTickets} lists in all. */
    public long countMyTickets(Show show) {
        Map<String, Object> parameters = new HashMap<>();
        return lists.count(mine(show, parameters), parameters);
    }

    private String mine(Show show, Map<String, Object> parameters) {
        CustomerUser me = customers.current(context);
        StringBuilder where = new StringBuilder(visibleTo(me, parameters));
        if (show == Show.OPEN) {
            where.append(" AND t.open = TRUE");
        } else if (show == Show.CLOSED) {
            where.append(" AND s.type = :closed");
            parameters.put("closed", StateType.CLOSED);
        }
        return where.toString();
    }

    /**
     * Solved tickets the customer may see (their own, or their company's when allowed) that answer
     * {@code subject} best: "is there a solution already?" while a new ticket is being written.
     */
    public List<TicketSummary> knownSolutions(String subject, int max) {
        Map<String, Object> parameters = new HashMap<>();
        return similar.solved(visibleTo(customers.current(context), parameters), parameters, subject, Part.SHARED, max);
    }

    public Ticket get(long ticketId) {
        return visible(customers.current(context), ticketId);
    }

    /** The articles the customer may read: never internal notes. */
    public List<Article> articles(long ticketId) {
        visible(customers.current(context), ticketId);
        return em.createNamedQuery("Article.ofTicketForCustomer", Article.class).setParameter("ticket", ticketId)
                .getResultList();
    }

    /** An attachment of a customer-visible article of one of the customer's tickets. */
    public Attachment attachment(long attachmentId) {
        CustomerUser me = customers.current(context);
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || !attachment.getArticle().isVisibleForCustomer()) {
            throw new NotFoundException("Attachment", attachmentId);
        }
        visible(me, attachment.getArticle().getTicket().getId());
        return attachment;
    }

    /** The queues customers may open tickets in. */
    public List<Queue> queues() {
        return em.createNamedQuery("Queue.forCustomers", Queue.class).getResultList();
    }

    /** The priority (1-5) the ITIL matrix gives to this impact and urgency. */
    public int priorityFor(Level impact, Level urgency) {
        if (impact == null || urgency == null) {
            throw new ValidationException(impact == null ? "impact" : "urgency", "validation.required");
        }
        return em.createNamedQuery("PriorityMatrixCell.of", PriorityMatrixCell.class).setParameter("impact", impact)
                .setParameter("urgency", urgency).getSingleResult().getPriority();
    }

    public Ticket create(NewCustomerTicket command) {
        validation.check(command);
        AttachmentPolicy.checkSizes(command.attachments(), configuration.current().getMaxAttachmentBytes());
        CustomerUser me = customers.current(context);
        Queue queue = lookup.reference(Queue.class, command.queueId(), "queueId");
        if (!queue.isValid() || !queue.isCustomerVisible()) {
            throw new ValidationException("queueId", "validation.unknown", command.queueId());
        }
        TicketType type = lookup.reference(TicketType.class, command.typeId(), "typeId");
        ItService service = lookup.optionalReference(ItService.class, command.serviceId(), "serviceId");
        FieldValues.Checked fields = fieldValues.check(Screen.CUSTOMER_NEW, command.fields());
        return opening.open(new TicketOpening.Opening(command.subject().trim(), queue, states.ofType(StateType.NEW),
                priorityFor(command.impact(), command.urgency()), type, me,
                fromCustomer(me, command.subject(), command.body(), command.attachments()), service,
                service == null ? null : catalog.defaultSla(service).orElse(null), fields, Arrival.portal()), stamp(me));
    }

    /**
     * The customer answers on a ticket; see {@link FollowUps} for closed and pending tickets. Returns
     * the ticket that took the answer (a new one when the queue's policy says so).
     */
    public Ticket reply(long ticketId, String body, List<NewAttachment> attachments) {
        CustomerUser me = customers.current(context);
        Ticket ticket = visible(me, ticketId);
        NewArticle article = fromCustomer(me, "Re: " + ticket.getTitle(), body, attachments);
        validation.check(article);
        AttachmentPolicy.checkSizes(article.attachments(), configuration.current().getMaxAttachmentBytes());
        return followUps.receive(ticket, me, article, Arrival.portal(), stamp(me)).getTicket();
    }

    private Ticket visible(CustomerUser me, long ticketId) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        boolean mine = ticket != null && (ticket.getCustomer().equals(me)
                || me.hasCompanyAccess() && me.getCompany().equals(ticket.getCompany()));
        if (!mine || ticket.getState().getType() == StateType.REMOVED) {
            throw new NotFoundException("Ticket", ticketId);
        }
        return ticket;
    }

    private static String visibleTo(CustomerUser me, Map<String, Object> parameters) {
        parameters.put("me", me.getId());
        parameters.put("removed", StateType.REMOVED);
        if (me.hasCompanyAccess()) {
            parameters.put("company", me.getCompany().getId());
            return "(t.customer.id = :me OR t.company.id = :company) AND s.type <> :removed";
        }
        return "t.customer.id = :me AND s.type <> :removed";
    }

    private static NewArticle fromCustomer(CustomerUser me, String subject, String body, List<NewAttachment> attachments) {
        return new NewArticle(SenderType.CUSTOMER, Channel.WEB, true, me.getEmail(), null, null, subject, body, null,
                attachments == null ? List.of() : attachments);
    }


    private Stamp stamp(CustomerUser me) {
        return new Stamp(me.getLogin(), clock.instant(), context.isCallerInRole(Stamp.API_ROLE) ? Stamp.API : null);
    }
}
