package org.helpdesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.agent.AgentSummary;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.field.Screen;
import org.helpdesk.queue.Queue;
import org.helpdesk.settings.Settings;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.RuleViolationException;
import org.helpdesk.shared.Stamp;
import org.helpdesk.shared.Templates;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.sla.ItService;
import org.helpdesk.sla.ServiceCatalog;
import org.helpdesk.sla.Sla;
import org.helpdesk.template.ResponseTemplate;
import org.helpdesk.template.Signature;

/**
 * The ticket workflow as agents use it. Each method is one action in one transaction: it checks
 * the calling agent's permission on the ticket's queue (a ticket the agent may not see is "not
 * found", exactly like one that does not exist), refuses to work on an outdated version
 * ({@code version} is the one the agent saw) or on a ticket another agent has locked, and lets the
 * ticket apply the change and write its history.
 */
@Stateless
@DeclareRoles(Stamp.API_ROLE)
@RolesAllowed("agent")
@Interceptors(ConcurrencyGuard.class)
public class TicketService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Lookup lookup;

    @Inject
    BeanValidation validation;

    @Inject
    TicketStates states;

    @Inject
    TicketOpening opening;

    @Inject
    Event<ArticleAdded> articleAdded;

    @Inject
    TicketChanges changes;

    @Inject
    Escalations escalations;

    @EJB
    ServiceCatalog catalog;

    @Inject
    Settings configuration;

    @Inject
    Clock clock;

    @Inject
    FieldValues fieldValues;

    public Ticket create(NewTicket command) {
        validation.check(command);
        AttachmentPolicy.checkSizes(command.firstArticle().attachments(), configuration.current().getMaxAttachmentBytes());
        Agent agent = agents.current(context);
        Queue queue = lookup.reference(Queue.class, command.queueId(), "queueId");
        agents.require(agent, queue, Permission.CREATE);
        TicketState state = command.stateId() == null ? states.ofType(StateType.NEW)
                : lookup.reference(TicketState.class, command.stateId(), "stateId");
        TicketType type = lookup.reference(TicketType.class, command.typeId(), "typeId");
        CustomerUser customer = lookup.reference(CustomerUser.class, command.customerUserId(), "customerUserId");
        if (!customer.isValid()) {
            throw new ValidationException("customerUserId", "validation.invalidObject", customer.getLogin());
        }
        ItService service = lookup.optionalReference(ItService.class, command.serviceId(), "serviceId");
        Sla sla = slaFor(service, command.slaId());
        requireAgentOrCustomerSender(command.firstArticle());
        FieldValues.Checked fields = fieldValues.check(Screen.AGENT_NEW, command.fields());

        return opening.open(new TicketOpening.Opening(command.title().trim(), queue, state, command.priority(), type, customer,
                command.firstArticle(), service, sla, fields, Arrival.agent()), stamp(agent));
    }

    public Ticket get(long ticketId) {
        return visible(ticketId);
    }

    public Ticket getByNumber(String number) {
        Agent agent = agents.current(context);
        Ticket ticket = em.createNamedQuery("Ticket.byNumber", Ticket.class).setParameter("number", number)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Ticket", number));
        agents.requireOrNotFound(agent, ticket.getQueue(), Permission.RO, "Ticket", number);
        return ticket;
    }

    public List<Article> articles(long ticketId) {
        visible(ticketId);
        return em.createNamedQuery("Article.ofTicket", Article.class).setParameter("ticket", ticketId).getResultList();
    }

    public List<HistoryEntry> history(long ticketId) {
        visible(ticketId);
        return em.createNamedQuery("HistoryEntry.ofTicket", HistoryEntry.class).setParameter("ticket", ticketId)
                .getResultList();
    }

    /** An attachment of a ticket the calling agent may see. */
    public Attachment attachment(long attachmentId) {
        Agent agent = agents.current(context);
        Attachment attachment = lookup.require(Attachment.class, attachmentId);
        agents.requireOrNotFound(agent, attachment.getArticle().getTicket().getQueue(), Permission.RO, "Attachment", attachmentId);
        return attachment;
    }

    /** The valid agents that may become owner of the ticket (they hold the owner permission on its queue). */
    public List<AgentSummary> possibleOwners(long ticketId) {
        Ticket ticket = visible(ticketId);
        return em.createNamedQuery("Agent.holding", Agent.class).setParameter("group", ticket.getQueue().getGroup())
                .setParameter("permissions", Set.of(Permission.OWNER, Permission.RW)).getResultStream()
                .map(AgentSummary::of).toList();
    }

    /** The queues the calling agent may move the ticket into. */
    public List<Queue> moveTargets(long ticketId) {
        Agent agent = agents.current(context);
        Ticket ticket = visible(ticketId);
        return em.createNamedQuery("Queue.valid", Queue.class).getResultStream()
                .filter(q -> !q.equals(ticket.getQueue()) && agent.holds(q.getGroup(), Permission.MOVE_INTO)).toList();
    }

    /**
     * Adds an article: an internal note needs the note permission, anything the customer can read
     * needs rw and must not be blocked by another agent's lock. An agent's answer to the customer
     * (reply, e-mail, phone call) on an unlocked ticket makes them its owner and locks it, unless
     * the system settings switch that off.
     */
    public Article addArticle(long ticketId, long version, NewArticle content) {
        validation.check(content);
        AttachmentPolicy.checkSizes(content.attachments(), configuration.current().getMaxAttachmentBytes());
        requireAgentOrCustomerSender(content);
        Agent agent = agents.current(context);
        Ticket ticket = editable(ticketId, version, agent,
                content.visibleForCustomer() ? Permission.RW : Permission.NOTE);
        if (content.visibleForCustomer()) {
            requireNotLockedByOther(ticket, agent);
        }
        Stamp stamp = stamp(agent);
        Article article = ticket.addArticle(content, stamp);
        if (content.visibleForCustomer() && content.sender() == SenderType.AGENT
                && ticket.getState().getType() == StateType.NEW) {
            ticket.changeState(states.ofType(StateType.OPEN), stamp);
        }
        if (content.isAnswer() && configuration.current().isLockOnAnswer()) {
            ticket.takeForAnswer(agent, stamp);
        }
        articleAdded.fire(new ArticleAdded(ticket, article, Arrival.agent()));
        changes.announce(ticket);
        return article;
    }

    public Ticket move(long ticketId, long version, Long queueId) {
        Agent agent = agents.current(context);
        Ticket ticket = editable(ticketId, version, agent, Permission.MOVE_INTO);
        Queue target = lookup.reference(Queue.class, queueId, "queueId");
        agents.require(agent, target, Permission.MOVE_INTO);
        requireNotLockedByOther(ticket, agent);
        ticket.moveTo(target, stamp(agent));
        return changes.announce(ticket);
    }

    public Ticket changeState(long ticketId, long version, Long stateId) {
        Agent agent = agents.current(context);
        Ticket ticket = editable(ticketId, version, agent, Permission.RW);
        requireNotLockedByOther(ticket, agent);
        ticket.changeState(lookup.reference(TicketState.class, stateId, "stateId"), stamp(agent));
        return changes.announce(ticket);
    }

    public Ticket setPending(long ticketId, long version, Long stateId, Instant until) {
        Agent agent = agents.current(context);
        Ticket ticket = editable(ticketId, version, agent, Permission.RW);
        requireNotLockedByOther(ticket, agent);
        ticket.setPending(lookup.reference(TicketState.class, stateId, "stateId"), until, stamp(agent));
        return changes.announce(ticket);
    }

    /** Closes the ticket, with an optional closing note (internal or for the customer). */
    public Ticket close(long ticketId, long version, Long stateId, NewArticle closingNote) {
        if (closingNote != null) {
            validation.check(closingNote);
            requireAgentOrCustomerSender(closingNote);
        }
        Agent agent = agents.current(context);
        Ticket ticket = editable(ticketId, version, agent, Permission.RW);
        requireNotLockedByOther(ticket, agent);
        TicketState closed = lookup.reference(TicketState.class, stateId, "stateId");
        Stamp stamp = stamp(agent);
        if (closingNote != null) {
            articleAdded.fire(new ArticleAdded(ticket, ticket.addArticle(closingNote, stamp), Arrival.agent()));
        }
        ticket.close(closed, stamp);
        return changes.announce(ticket);
    }

    /** Overrides the ticket's priority; the agent says why, and it goes into the history. */
    public Ticket changePriority(long ticketId, long version, int priority, String reason) {
        String why = ValidationException.requireText("reason", reason, 500);
        Agent agent = agents.current(context);
        Ticket ticket = editable(ticketId, version, agent, Permission.PRIORITY);
        requireNotLockedByOther(ticket, agent);
        Stamp stamp = stamp(agent);
        ticket.changePriority(priority, why, stamp);
        escalations.routeByPriority(ticket, stamp);
        return changes.announce(ticket);
    }

    public Ticket changeType(long ticketId, long version, Long typeId) {
        Agent agent = agents.current(context);
        Ticket ticket = editable(ticketId, version, agent, Permission.RW);
        requireNotLockedByOther(ticket, agent);
        ticket.changeType(lookup.reference(TicketType.class, typeId, "typeId"), stamp(agent));
        return changes.announce(ticket);
    }

    public Ticket changeTitle(long ticketId, long version, String title) {
        String newTitle = ValidationException.requireText("title", title, 255);
        Agent agent = agents.current(context);
        Ticket ticket = editable(ticketId, version, agent, Permission.RW);
        requireNotLockedByOther(ticket, agent);
        ticket.changeTitle(newTitle, stamp(agent));
        return changes.announce(ticket);
    }

    /**
     * Replaces the values of the zoom's dynamic fields, for an agent with rw on the ticket's queue; each
     * field that changed is in the history.
     */
    public Ticket changeFields(long ticketId, Map<Long, List<String>> input) {
        Agent agent = agents.current(context);
        Ticket ticket = lookup.require(Ticket.class, ticketId);
        agents.requireOrNotFound(agent, ticket.getQueue(), Permission.RW, "Ticket", ticketId);
        fieldValues.replace(ticket, fieldValues.check(Screen.ZOOM, input), stamp(agent));
        return changes.announce(ticket);
    }

    /** Gives the ticket to another (valid) customer user, and so to that user's company. */
    public Ticket changeCustomer(long ticketId, long version, Long customerUserId) {
        Agent agent = agents.current(context);
        Ticket ticket = editable(ticketId, version, agent, Permission.RW);
        requireNotLockedByOther(ticket, agent);
        CustomerUser customer = lookup.reference(CustomerUser.class, customerUserId, "customerUserId");
        if (customer.equals(ticket.getCustomer())) {
            return ticket; // unchanged, even if that customer is no longer valid
        }
        if (!customer.isValid()) {
            throw new ValidationException("customerUserId", "validation.invalidObject", customer.getLogin());
        }
        ticket.changeCustomer(customer, stamp(agent));
        return changes.announce(ticket);
    }

    /**
     * Sets the service and the SLA, either may be null; without an SLA, a service brings its default
     * SLA, as when a ticket is created. The due times follow the new SLA.
     */
    public Ticket classify(long ticketId, long version, Long serviceId, Long slaId) {
        Agent agent = agents.current(context);
        Ticket ticket = editable(ticketId, version, agent, Permission.RW);
        requireNotLockedByOther(ticket, agent);
        ItService service = lookup.optionalReference(ItService.class, serviceId, "serviceId");
        ticket.classify(service, slaFor(service, slaId), stamp(agent));
        return changes.announce(ticket);
    }

    /** The SLA chosen, which must apply to the service (so needs one); without one, the service's default SLA. */
    private Sla slaFor(ItService service, Long slaId) {
        Sla sla = lookup.optionalReference(Sla.class, slaId, "slaId");
        if (sla == null) {
            return service == null ? null : catalog.defaultSla(service).orElse(null);
        }
        if (service == null) {
            throw new ValidationException("slaId", "ticket.slaWithoutService", sla.getName());
        }
        if (!sla.getServices().contains(service)) {
            throw new ValidationException("slaId", "ticket.slaNotOfService", sla.getName(), service.getName());
        }
        return sla;
    }

    /**
     * Sets the owner ({@code null} for nobody). With the owner permission an agent may also take
     * over a ticket another agent has locked. The new owner needs the owner permission too.
     */
    public Ticket setOwner(long ticketId, long version, Long ownerId) {
        Agent agent = agents.current(context);
        Ticket ticket = editable(ticketId, version, agent, Permission.OWNER);
        Agent owner = lookup.optionalReference(Agent.class, ownerId, "ownerId");
        if (owner != null) {
            requireAssignable(owner, ticket, Permission.OWNER, "ownerId");
        }
        ticket.assignOwner(owner, stamp(agent));
        return changes.announce(ticket);
    }

    public Ticket setResponsible(long ticketId, long version, Long responsibleId) {
        Agent agent = agents.current(context);
        Ticket ticket = editable(ticketId, version, agent, Permission.RW);
        Agent responsible = lookup.optionalReference(Agent.class, responsibleId, "responsibleId");
        if (responsible != null) {
            requireAssignable(responsible, ticket, Permission.RO, "responsibleId");
        }
        ticket.assignResponsible(responsible, stamp(agent));
        return changes.announce(ticket);
    }

    /** Locks the ticket for the calling agent, who becomes its owner. */
    public Ticket lock(long ticketId, long version) {
        Agent agent = agents.current(context);
        Ticket ticket = editable(ticketId, version, agent, Permission.OWNER);
        ticket.lock(agent, stamp(agent));
        return changes.announce(ticket);
    }

    /** Unlocks the ticket: its owner may, and so may anyone with rw on the queue. */
    public Ticket unlock(long ticketId, long version) {
        Agent agent = agents.current(context);
        Ticket ticket = editable(ticketId, version, agent, Permission.OWNER);
        if (ticket.isLockedByOther(agent)) {
            agents.require(agent, ticket.getQueue(), Permission.RW);
        }
        ticket.unlock(stamp(agent));
        return changes.announce(ticket);
    }

    /** Merges the ticket into {@code targetId}: its articles move there and it takes the merged state. */
    public Ticket merge(long ticketId, long version, Long targetId) {
        Agent agent = agents.current(context);
        Ticket ticket = editable(ticketId, version, agent, Permission.RW);
        requireNotLockedByOther(ticket, agent);
        Ticket target = lookup.reference(Ticket.class, targetId, "targetId");
        if (!agent.holds(target.getQueue().getGroup(), Permission.RO)) {
            throw new ValidationException("targetId", "validation.unknown", targetId); // as for a ticket that does not exist
        }
        agents.require(agent, target.getQueue(), Permission.RW);
        ticket.mergeInto(target, states.ofType(StateType.MERGED), stamp(agent));
        em.flush();
        em.createNamedQuery("Article.moveToTicket").setParameter("target", target).setParameter("source", ticket)
                .executeUpdate();
        changes.announce(target);
        return changes.announce(ticket);
    }

    private Ticket visible(long ticketId) {
        Agent agent = agents.current(context);
        Ticket ticket = lookup.require(Ticket.class, ticketId);
        agents.requireOrNotFound(agent, ticket.getQueue(), Permission.RO, "Ticket", ticketId);
        return ticket;
    }

    private Ticket editable(long ticketId, long version, Agent agent, Permission needed) {
        Ticket ticket = lookup.require(Ticket.class, ticketId);
        agents.requireOrNotFound(agent, ticket.getQueue(), needed, "Ticket", ticketId);
        ticket.checkVersion(version);
        return ticket;
    }

    private static void requireNotLockedByOther(Ticket ticket, Agent agent) {
        if (ticket.isLockedByOther(agent)) {
            throw new RuleViolationException("ticket.lockedByOther", ticket.getOwner().getFullName());
        }
    }

    private void requireAssignable(Agent candidate, Ticket ticket, Permission needed, String field) {
        if (!candidate.isValid() || !candidate.holds(ticket.getQueue().getGroup(), needed)) {
            throw new ValidationException(field, "ticket.agentNotAllowed", candidate.getLogin(), ticket.getQueue().getName());
        }
    }

    private static void requireAgentOrCustomerSender(NewArticle article) {
        if (article.sender() == SenderType.SYSTEM) {
            throw new ValidationException("sender", "validation.systemSender");
        }
    }

    private Stamp stamp(Agent agent) {
        return new Stamp(agent.getLogin(), clock.instant(), context.isCallerInRole(Stamp.API_ROLE) ? Stamp.API : null);
    }

    /**
     * The start of an agent's answer on a ticket: the canned response (if one is chosen) and the
     * signature of the ticket's queue, with the ticket's, customer's and agent's values filled in.
     */
    public String answerDraft(long ticketId, Long templateId) {
        Agent agent = agents.current(context);
        Ticket ticket = visible(ticketId);
        Map<String, String> values = new HashMap<>();
        values.put("ticket.number", ticket.getNumber());
        values.put("ticket.title", ticket.getTitle());
        values.put("customer.name", ticket.getCustomer() == null ? "" : ticket.getCustomer().getFullName());
        values.put("agent.name", agent.getFullName());
        values.put("queue.name", ticket.getQueue().getName());
        StringBuilder answer = new StringBuilder();
        if (templateId != null) {
            answer.append(Templates.render(lookup.reference(ResponseTemplate.class, templateId, "templateId").getBody(), values));
        }
        Signature signature = ticket.getQueue().getSignature();
        if (signature != null && signature.isValid()) {
            answer.append("\n\n").append(Templates.render(signature.getBody(), values));
        }
        return answer.toString();
    }
}
