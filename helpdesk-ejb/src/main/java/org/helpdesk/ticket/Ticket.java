package org.helpdesk.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import org.helpdesk.agent.Agent;
import org.helpdesk.article.Article;
import org.helpdesk.article.Channel;
import org.helpdesk.article.NewArticle;
import org.helpdesk.article.SenderType;
import org.helpdesk.customer.CustomerCompany;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.queue.Queue;
import org.helpdesk.shared.BaseEntity;
import org.helpdesk.shared.RuleViolationException;
import org.helpdesk.shared.Stamp;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.sla.ItService;
import org.helpdesk.sla.Sla;

/**
 * An incident or request, from registration to closing. Every change goes through a method
 * here that checks the rule, changes the state and writes the history entry in one step.
 */
@Entity
@Table(name = "ticket")
@NamedQuery(name = "Ticket.byNumber", query = "SELECT t FROM Ticket t WHERE t.number = :number")
public class Ticket extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int LOWEST_PRIORITY = 1;
    public static final int HIGHEST_PRIORITY = 5;

    @Column(name = "tn", nullable = false, unique = true, length = 50)
    private String number;

    @Column(nullable = false, length = 255)
    private String title;

    @ManyToOne(optional = false)
    @JoinColumn(name = "queue_id", nullable = false)
    private Queue queue;

    @ManyToOne(optional = false)
    @JoinColumn(name = "state_id", nullable = false)
    private TicketState state;

    @Column(nullable = false)
    private int priority;

    @ManyToOne(optional = false)
    @JoinColumn(name = "type_id", nullable = false)
    private TicketType type;

    @ManyToOne
    @JoinColumn(name = "service_id")
    private ItService service;

    @ManyToOne
    @JoinColumn(name = "sla_id")
    private Sla sla;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_user_id", nullable = false)
    private CustomerUser customer;

    @ManyToOne
    @JoinColumn(name = "customer_company_id")
    private CustomerCompany company;

    @ManyToOne
    @JoinColumn(name = "owner_id")
    private Agent owner;

    @ManyToOne
    @JoinColumn(name = "responsible_id")
    private Agent responsible;

    @Column(name = "is_locked", nullable = false)
    private boolean locked;

    @Column(name = "pending_until")
    private Instant pendingUntil;

    @Column(name = "first_response_due")
    private Instant firstResponseDue;

    @Column(name = "update_due")
    private Instant updateDue;

    @Column(name = "solution_due")
    private Instant solutionDue;

    /** The earliest of the due times: when this ticket escalates. */
    @Column(name = "escalation_at")
    private Instant escalationAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ManyToOne
    @JoinColumn(name = "merged_into_id")
    private Ticket mergedInto;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 200)
    private String changedBy;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    private List<Article> articles = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    private List<HistoryEntry> history = new ArrayList<>();

    protected Ticket() {
    }

    /** Registers a new ticket with its first article. */
    public static Ticket register(String number, String title, Queue queue, TicketState state, int priority,
            TicketType type, CustomerUser customer, NewArticle firstArticle, Stamp stamp) {
        checkPriority(priority);
        if (state.getType().isFinished() || state.getType().isPending()) {
            throw new ValidationException("stateId", "ticket.state.notForNewTicket", state.getName());
        }
        Ticket ticket = new Ticket();
        ticket.number = Objects.requireNonNull(number);
        ticket.title = title;
        ticket.queue = queue;
        ticket.state = state;
        ticket.priority = priority;
        ticket.type = type;
        ticket.customer = customer;
        ticket.company = customer.getCompany();
        ticket.createdAt = stamp.at();
        ticket.createdBy = stamp.by();
        ticket.touch(stamp);
        ticket.record(HistoryType.NEW_TICKET, number + " | " + queue.getName() + " | " + priority + " | " + state.getName(), stamp);
        ticket.addArticle(firstArticle, stamp);
        return ticket;
    }

    /** The first article of a ticket just registered (before it is stored). */
    public Article getFirstArticle() {
        return articles.get(0);
    }

    /** Adds a message to the conversation and records it in the history under its kind. */
    public Article addArticle(NewArticle content, Stamp stamp) {
        ensureWorkable();
        Article article = new Article(this, content, stamp);
        articles.add(article);
        record(historyTypeOf(content), content.subject(), stamp);
        touch(stamp);
        return article;
    }

    public void classify(ItService service, Sla sla, Stamp stamp) {
        ensureWorkable();
        this.service = service;
        this.sla = sla;
        touch(stamp);
    }

    public void moveTo(Queue target, Stamp stamp) {
        ensureWorkable();
        if (target.equals(queue)) {
            throw new RuleViolationException("ticket.move.sameQueue", target.getName());
        }
        record(HistoryType.MOVE, queue.getName() + " → " + target.getName(), stamp);
        queue = target;
        touch(stamp);
    }

    /** Sets a state that is neither pending (see {@link #setPending}) nor merged (see {@link #mergeInto}). */
    public void changeState(TicketState newState, Stamp stamp) {
        ensureWorkable();
        if (newState.getType().isPending()) {
            throw new ValidationException("pendingUntil", "validation.required");
        }
        if (newState.getType() == StateType.MERGED) {
            throw new RuleViolationException("ticket.state.mergeOnlyByMerge");
        }
        applyState(newState, stamp);
        pendingUntil = null;
        if (newState.getType().isFinished()) {
            locked = false;
        }
    }

    /** Closes the ticket with a state of type closed ("closed successful", "closed unsuccessful"). */
    public void close(TicketState closedState, Stamp stamp) {
        if (closedState.getType() != StateType.CLOSED) {
            throw new ValidationException("stateId", "ticket.state.notClosed", closedState.getName());
        }
        changeState(closedState, stamp);
    }

    /** Puts the ticket on hold until {@code until}: a reminder for the owner, or an automatic state change. */
    public void setPending(TicketState pendingState, Instant until, Stamp stamp) {
        ensureWorkable();
        if (!pendingState.getType().isPending()) {
            throw new ValidationException("stateId", "ticket.state.notPending", pendingState.getName());
        }
        if (until == null) {
            throw new ValidationException("pendingUntil", "validation.required");
        }
        if (!until.isAfter(stamp.at())) {
            throw new ValidationException("pendingUntil", "validation.future");
        }
        applyState(pendingState, stamp);
        pendingUntil = until;
        record(HistoryType.SET_PENDING_TIME, until.toString(), stamp);
    }

    public void changePriority(int newPriority, Stamp stamp) {
        ensureWorkable();
        checkPriority(newPriority);
        if (newPriority != priority) {
            record(HistoryType.PRIORITY_UPDATE, priority + " → " + newPriority, stamp);
            priority = newPriority;
            touch(stamp);
        }
    }

    public void changeType(TicketType newType, Stamp stamp) {
        ensureWorkable();
        if (!newType.equals(type)) {
            record(HistoryType.TYPE_UPDATE, type.getName() + " → " + newType.getName(), stamp);
            type = newType;
            touch(stamp);
        }
    }

    public void assignOwner(Agent newOwner, Stamp stamp) {
        ensureWorkable();
        if (!Objects.equals(newOwner, owner)) {
            record(HistoryType.OWNER_UPDATE, newOwner == null ? "-" : newOwner.getLogin(), stamp);
            owner = newOwner;
            touch(stamp);
        }
    }

    public void assignResponsible(Agent newResponsible, Stamp stamp) {
        ensureWorkable();
        if (!Objects.equals(newResponsible, responsible)) {
            record(HistoryType.RESPONSIBLE_UPDATE, newResponsible == null ? "-" : newResponsible.getLogin(), stamp);
            responsible = newResponsible;
            touch(stamp);
        }
    }

    /** Locks the ticket for {@code agent}, who becomes its owner (as OTRS does). */
    public void lock(Agent agent, Stamp stamp) {
        ensureWorkable();
        if (isLockedByOther(agent)) {
            throw new RuleViolationException("ticket.lockedByOther", owner.getFullName());
        }
        assignOwner(agent, stamp);
        if (!locked) {
            locked = true;
            record(HistoryType.LOCK, agent.getLogin(), stamp);
            touch(stamp);
        }
    }

    public void unlock(Stamp stamp) {
        ensureWorkable();
        if (locked) {
            locked = false;
            record(HistoryType.UNLOCK, null, stamp);
            touch(stamp);
        }
    }

    /**
     * Merges this ticket into {@code target}: this one takes the merged state and points to the
     * target. The caller moves the articles.
     */
    public void mergeInto(Ticket target, TicketState mergedState, Stamp stamp) {
        ensureWorkable();
        if (target.equals(this)) {
            throw new RuleViolationException("ticket.merge.self");
        }
        target.ensureWorkable();
        if (mergedState.getType() != StateType.MERGED) {
            throw new ValidationException("stateId", "ticket.state.notMerged", mergedState.getName());
        }
        applyState(mergedState, stamp);
        mergedInto = target;
        locked = false;
        pendingUntil = null;
        record(HistoryType.MERGED, number + " → " + target.number, stamp);
        target.record(HistoryType.MERGED, number + " → " + target.number, stamp);
        target.touch(stamp);
    }

    public boolean isLockedByOther(Agent agent) {
        return locked && owner != null && !owner.equals(agent);
    }

    private void applyState(TicketState newState, Stamp stamp) {
        if (!newState.equals(state)) {
            record(HistoryType.STATE_UPDATE, state.getName() + " → " + newState.getName(), stamp);
            state = newState;
            closedAt = newState.getType() == StateType.CLOSED ? stamp.at() : null;
        }
        touch(stamp);
    }

    /** Merged and removed tickets are final: nothing changes them any more. */
    private void ensureWorkable() {
        StateType stateType = state.getType();
        if (stateType == StateType.MERGED || stateType == StateType.REMOVED) {
            throw new RuleViolationException("ticket.final", number, state.getName());
        }
    }

    private static void checkPriority(int priority) {
        if (priority < LOWEST_PRIORITY || priority > HIGHEST_PRIORITY) {
            throw new ValidationException("priority", "validation.priority", LOWEST_PRIORITY, HIGHEST_PRIORITY);
        }
    }

    private static HistoryType historyTypeOf(NewArticle article) {
        boolean fromCustomer = article.sender() == SenderType.CUSTOMER;
        if (article.channel() == Channel.INTERNAL) {
            return HistoryType.ADD_NOTE;
        }
        if (article.channel() == Channel.PHONE) {
            return fromCustomer ? HistoryType.PHONE_CALL_CUSTOMER : HistoryType.PHONE_CALL_AGENT;
        }
        if (article.channel() == Channel.EMAIL) {
            return fromCustomer ? HistoryType.EMAIL_CUSTOMER : HistoryType.EMAIL_AGENT;
        }
        if (fromCustomer) {
            return HistoryType.WEB_REQUEST_CUSTOMER;
        }
        return article.visibleForCustomer() ? HistoryType.SEND_ANSWER : HistoryType.ADD_NOTE;
    }

    private void record(HistoryType type, String detail, Stamp stamp) {
        history.add(new HistoryEntry(this, type, detail, stamp));
    }

    private void touch(Stamp stamp) {
        changedAt = stamp.at();
        changedBy = stamp.by();
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public Queue getQueue() {
        return queue;
    }

    public TicketState getState() {
        return state;
    }

    public int getPriority() {
        return priority;
    }

    public TicketType getType() {
        return type;
    }

    public ItService getService() {
        return service;
    }

    public Sla getSla() {
        return sla;
    }

    public CustomerUser getCustomer() {
        return customer;
    }

    public CustomerCompany getCompany() {
        return company;
    }

    public Agent getOwner() {
        return owner;
    }

    public Agent getResponsible() {
        return responsible;
    }

    public boolean isLocked() {
        return locked;
    }

    public Instant getPendingUntil() {
        return pendingUntil;
    }

    public Instant getFirstResponseDue() {
        return firstResponseDue;
    }

    public Instant getUpdateDue() {
        return updateDue;
    }

    public Instant getSolutionDue() {
        return solutionDue;
    }

    public Instant getEscalationAt() {
        return escalationAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Ticket getMergedInto() {
        return mergedInto;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    /** History entries recorded on this instance and not yet stored; the stored history is read by query. */
    List<HistoryEntry> getRecordedHistory() {
        return List.copyOf(history);
    }
}
