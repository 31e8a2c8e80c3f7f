package org.helpdesk.ticket;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.helpdesk.agent.Agent;
import org.helpdesk.customer.CustomerCompany;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.queue.Queue;
import org.helpdesk.shared.BaseEntity;
import org.helpdesk.shared.RuleViolationException;
import org.helpdesk.shared.Stamp;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.sla.BusinessCalendar;
import org.helpdesk.sla.EscalationTargets;
import org.helpdesk.sla.EscalationTimes;
import org.helpdesk.sla.ItService;
import org.helpdesk.sla.ServiceCalendar;
import org.helpdesk.sla.ServiceTargets;
import org.helpdesk.sla.Sla;
import org.helpdesk.sla.TicketClock;

/**
 * An incident or request, from registration to closing. Every change goes through a method
 * here that checks the rule, changes the state and writes the history entry in one step.
 */
@Entity
@Table(name = "ticket")
@NamedQuery(name = "Ticket.byNumber", query = "SELECT t FROM Ticket t WHERE t.number = :number")
@NamedQuery(name = "Ticket.remindersDue", query = "SELECT t.id FROM Ticket t WHERE t.pendingUntil <= :now "
        + "AND t.state.type = org.helpdesk.ticket.StateType.PENDING_REMINDER "
        + "AND (t.remindedFor IS NULL OR t.remindedFor <> t.pendingUntil) ORDER BY t.pendingUntil")
@NamedQuery(name = "Ticket.escalationEventsDue",
        query = "SELECT t.id FROM Ticket t WHERE t.escalationEventAt <= :now ORDER BY t.escalationEventAt")
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

    /** Whether the state is one still worked on (not finished): what the open-ticket indexes lead with. */
    @Column(name = "is_open", nullable = false)
    private boolean open;

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

    /** The first customer-visible answer of an agent: it stops the first-response clock. */
    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    /** Since when the customer waits for an update (their oldest unanswered message). */
    @Column(name = "customer_contact_at")
    private Instant customerContactAt;

    @Column(name = "agent_answered_last", nullable = false)
    private boolean agentAnsweredLast;

    /** The earliest warning threshold of the targets. */
    @Column(name = "escalation_warning_at")
    private Instant escalationWarningAt;

    /** The warning and escalation instants whose events were raised: each crossing is raised once. */
    @Column(name = "warning_raised_for")
    private Instant warningRaisedFor;

    @Column(name = "escalation_raised_for")
    private Instant escalationRaisedFor;

    /** When the next escalation event (warning or breach) is due; indexed for the escalation sweep. */
    @Column(name = "escalation_event_at")
    private Instant escalationEventAt;

    /** The pending time whose reminder was given (once per pending time). */
    @Column(name = "reminded_for")
    private Instant remindedFor;

    @ElementCollection
    @CollectionTable(name = "ticket_pending_spell", joinColumns = @JoinColumn(name = "ticket_id"))
    @OrderColumn(name = "position")
    private List<PendingSpell> pendingSpells = new ArrayList<>();

    /** Read only when asked for: loading a merged ticket does not load the one it went into. */
    @ManyToOne(fetch = FetchType.LAZY)
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

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    private List<Milestone> milestones = new ArrayList<>();

    /** History entries recorded on this instance that {@link TicketChanges} has not announced yet. */
    @Transient
    private transient List<HistoryEntry> unannounced = new ArrayList<>();

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
        ticket.open = true;
        ticket.priority = priority;
        ticket.type = type;
        ticket.customer = customer;
        ticket.company = customer.getCompany();
        ticket.createdAt = stamp.at();
        ticket.createdBy = stamp.by();
        ticket.touch(stamp);
        ticket.record(HistoryType.NEW_TICKET, number + " | " + queue.getName() + " | " + priority + " | " + state.getName(), stamp);
        ticket.reach(MilestoneKind.OPENED, stamp.at(), null, null, null);
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
        if (content.visibleForCustomer() && content.channel() != Channel.INTERNAL) {
            if (content.sender() == SenderType.AGENT) {
                if (firstResponseAt == null) {
                    reach(MilestoneKind.FIRST_RESPONSE, stamp.at(), null, firstResponseDue, createdAt);
                } else if (!agentAnsweredLast) {
                    reach(MilestoneKind.UPDATE, stamp.at(), null, updateDue, customerContactAt == null ? createdAt : customerContactAt);
                }
                firstResponseAt = firstResponseAt == null ? stamp.at() : firstResponseAt;
                agentAnsweredLast = true;
                customerContactAt = null;
            } else if (content.sender() == SenderType.CUSTOMER) {
                customerContactAt = agentAnsweredLast || customerContactAt == null ? stamp.at() : customerContactAt;
                agentAnsweredLast = false;
            }
        }
        record(historyTypeOf(content), content.subject(), stamp);
        touch(stamp);
        return article;
    }

    /**
     * Sets the service and the SLA (either may be null). A changed SLA changes the due times; each
     * change is in the history (not when the ticket is being registered).
     */
    public void classify(ItService newService, Sla newSla, Stamp stamp) {
        ensureWorkable();
        if (Objects.equals(newService, service) && Objects.equals(newSla, sla)) {
            return;
        }
        if (getId() != null && !Objects.equals(newService, service)) {
            record(HistoryType.SERVICE_UPDATE, nameOf(service) + " → " + nameOf(newService), stamp);
        }
        if (getId() != null && !Objects.equals(newSla, sla)) {
            record(HistoryType.SLA_UPDATE, nameOf(sla) + " → " + nameOf(newSla), stamp);
        }
        this.service = newService;
        this.sla = newSla;
        touch(stamp);
    }

    private static String nameOf(ItService service) {
        return service == null ? "-" : service.getName();
    }

    private static String nameOf(Sla sla) {
        return sla == null ? "-" : sla.getName();
    }

    public void changeTitle(String newTitle, Stamp stamp) {
        ensureWorkable();
        if (!newTitle.equals(title)) {
            record(HistoryType.TITLE_UPDATE, title + " → " + newTitle, stamp);
            title = newTitle;
            touch(stamp);
        }
    }

    /** Records that a dynamic field's values changed (the values themselves are {@link FieldValue}s). */
    public void recordFieldChange(String field, String from, String to, Stamp stamp) {
        ensureWorkable();
        record(HistoryType.DYNAMIC_FIELD_UPDATE, field + ": " + from + " → " + to, stamp);
        touch(stamp);
    }

    /** Gives the ticket to another customer user; it belongs to that user's company from now on. */
    public void changeCustomer(CustomerUser newCustomer, Stamp stamp) {
        ensureWorkable();
        if (!newCustomer.equals(customer)) {
            record(HistoryType.CUSTOMER_UPDATE, customer.getLogin() + " → " + newCustomer.getLogin(), stamp);
            customer = newCustomer;
            company = newCustomer.getCompany();
            touch(stamp);
        }
    }

    public void moveTo(Queue target, Stamp stamp) {
        ensureWorkable();
        if (target.equals(queue)) {
            throw new RuleViolationException("ticket.move.sameQueue", target.getName());
        }
        record(HistoryType.MOVE, queue.getName() + " → " + target.getName(), stamp);
        int previousTier = queue.getTier();
        queue = target;
        reach(MilestoneKind.MOVED, stamp.at(), previousTier, null, null);
        // as OTRS's ForceUnlockOnMove: the agents of the new queue must not find it blocked
        if (locked) {
            locked = false;
            record(HistoryType.UNLOCK, null, stamp);
        }
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

    /** Sets another priority than impact and urgency (or the agent before) gave; the reason goes into the history. */
    public void changePriority(int newPriority, String reason, Stamp stamp) {
        ensureWorkable();
        checkPriority(newPriority);
        if (newPriority != priority) {
            record(HistoryType.PRIORITY_UPDATE, priority + " → " + newPriority + (reason == null ? "" : ": " + reason), stamp);
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

    /**
     * An agent answering the customer takes an unlocked ticket that is still being worked on: they
     * become its owner and lock it (as OTRS's answer screens do). A locked ticket stays as it is.
     */
    public void takeForAnswer(Agent agent, Stamp stamp) {
        if (!locked && !state.getType().isFinished()) {
            lock(agent, stamp);
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
            boolean wasStopped = state.isStopsClock();
            if (!wasStopped && newState.isStopsClock()) {
                pendingSpells.add(new PendingSpell(stamp.at()));
            } else if (wasStopped && !newState.isStopsClock() && !pendingSpells.isEmpty()) {
                pendingSpells.get(pendingSpells.size() - 1).end(stamp.at());
            }
            boolean wasOpen = open;
            state = newState;
            open = !newState.getType().isFinished();
            closedAt = newState.getType() == StateType.CLOSED ? stamp.at() : null;
            if (wasOpen && !open) {
                boolean closed = newState.getType() == StateType.CLOSED;
                reach(closed ? MilestoneKind.CLOSED : MilestoneKind.ENDED, stamp.at(), null, closed ? solutionDue : null,
                        closed ? createdAt : null);
            } else if (!wasOpen && open) {
                reach(MilestoneKind.REOPENED, stamp.at(), null, null, null);
            }
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
        HistoryEntry entry = new HistoryEntry(this, type, detail, stamp);
        history.add(entry);
        if (unannounced == null) {
            unannounced = new ArrayList<>();
        }
        unannounced.add(entry);
    }

    /** The history entries recorded since the last call, oldest first. */
    List<HistoryEntry> takeUnannounced() {
        if (unannounced == null || unannounced.isEmpty()) {
            return List.of();
        }
        List<HistoryEntry> taken = List.copyOf(unannounced);
        unannounced.clear();
        return taken;
    }

    /**
     * Writes a milestone with the ticket as it stands now; for a clock that was running since
     * {@code clockStart}, with the business minutes it ran until {@code at} and the target it had.
     */
    private void reach(MilestoneKind kind, Instant at, Integer previousTier, Instant due, Instant clockStart) {
        Long minutes = clockStart == null ? null : EscalationTargets.elapsedMinutes(clock(), clockStart, at, businessHours());
        milestones.add(new Milestone(this, kind, at, previousTier, due, minutes));
    }

    /** The business hours the targets count in: the SLA's calendar when it sets targets, else the queue's; else around the clock. */
    private BusinessCalendar businessHours() {
        ServiceCalendar calendar = sla != null && sla.getTargets().isSet() ? sla.getCalendar() : queue.getCalendar();
        return calendar == null ? BusinessCalendar.always(ZoneOffset.UTC) : calendar.toBusinessCalendar();
    }

    private void touch(Stamp stamp) {
        changedAt = stamp.at();
        changedBy = stamp.by();
        recomputeEscalation();
    }

    /**
     * Recomputes the due times with OTRS semantics (see {@link EscalationTargets}) from the SLA's
     * targets and calendar, or else the queue's; none when neither sets a target.
     */
    private void recomputeEscalation() {
        boolean bySla = sla != null && sla.getTargets().isSet();
        ServiceTargets targets = bySla ? sla.getTargets() : queue.getTargets();
        if (targets.isSet() && createdAt != null) {
            BusinessCalendar hours = businessHours();
            TicketClock clock = clock();
            EscalationTimes due = EscalationTargets.due(clock, targets.toSlaTargets(), hours);
            firstResponseDue = due.firstResponse();
            updateDue = due.update();
            solutionDue = due.solution();
            escalationAt = due.earliest();
            escalationWarningAt = EscalationTargets.warnings(clock, targets.toSlaTargets(), hours).earliest();
        } else {
            firstResponseDue = null;
            updateDue = null;
            solutionDue = null;
            escalationAt = null;
            escalationWarningAt = null;
        }
        escalationEventAt = nextEscalationEvent();
    }

    private TicketClock clock() {
        StateType stateType = state.getType();
        TicketClock.Phase phase = stateType.isFinished() ? TicketClock.Phase.FINISHED
                : state.isStopsClock() ? TicketClock.Phase.PENDING : TicketClock.Phase.OPEN;
        List<TicketClock.PendingInterval> spells = new ArrayList<>();
        for (PendingSpell spell : pendingSpells) {
            spells.add(new TicketClock.PendingInterval(spell.getStartedAt(),
                    spell.getEndedAt() == null && phase != TicketClock.Phase.PENDING ? changedAt : spell.getEndedAt()));
        }
        if (phase == TicketClock.Phase.PENDING && (spells.isEmpty() || !spells.get(spells.size() - 1).isOngoing())) {
            spells.add(new TicketClock.PendingInterval(changedAt, null)); // pending since before the clocks were kept
        }
        return new TicketClock(createdAt, phase, firstResponseAt, customerContactAt, agentAnsweredLast, closedAt, spells);
    }

    /** The earliest warning or breach not raised yet; a warning only when it comes before the breach. */
    private Instant nextEscalationEvent() {
        Instant warning = escalationWarningAt != null && !escalationWarningAt.equals(warningRaisedFor)
                && (escalationAt == null || escalationWarningAt.isBefore(escalationAt)) ? escalationWarningAt : null;
        Instant breach = escalationAt != null && !escalationAt.equals(escalationRaisedFor) ? escalationAt : null;
        if (warning == null || breach == null) {
            return warning == null ? breach : warning;
        }
        return warning.isBefore(breach) ? warning : breach;
    }

    /**
     * Gives the reminder of a "pending reminder" ticket whose time has come, once per pending time;
     * the notification of the owner follows from the history entry. Returns whether it was due.
     */
    public boolean remind(Instant now) {
        if (state.getType() != StateType.PENDING_REMINDER || pendingUntil == null || pendingUntil.isAfter(now)
                || pendingUntil.equals(remindedFor)) {
            return false;
        }
        remindedFor = pendingUntil;
        record(HistoryType.PENDING_REMINDER_REACHED, pendingUntil.toString(), new Stamp(Stamp.SYSTEM, now));
        return true;
    }

    /**
     * The escalation events that are due at {@code now} and were not raised before; marks them raised
     * and records them in the history. Each crossing of a warning threshold or a target gives one event.
     */
    public List<EscalationEvent> raiseEscalations(Instant now) {
        List<EscalationEvent> events = new ArrayList<>();
        Stamp system = new Stamp(Stamp.SYSTEM, now);
        if (escalationAt != null && !escalationAt.isAfter(now) && !escalationAt.equals(escalationRaisedFor)) {
            escalationRaisedFor = escalationAt;
            warningRaisedFor = escalationWarningAt;
            events.add(EscalationEvent.BREACH);
            record(HistoryType.ESCALATION, escalationAt.toString(), system);
            reach(MilestoneKind.ESCALATED, now, null, null, null);
        } else if (escalationWarningAt != null && !escalationWarningAt.isAfter(now)
                && !escalationWarningAt.equals(warningRaisedFor)) {
            warningRaisedFor = escalationWarningAt;
            events.add(EscalationEvent.WARNING);
            record(HistoryType.ESCALATION_WARNING, escalationWarningAt.toString(), system);
        }
        escalationEventAt = nextEscalationEvent();
        return events;
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

    /** Still being worked on: the state is new, open or pending. */
    public boolean isOpen() {
        return open;
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

    public Instant getEscalationWarningAt() {
        return escalationWarningAt;
    }

    public Instant getEscalationEventAt() {
        return escalationEventAt;
    }

    public Instant getFirstResponseAt() {
        return firstResponseAt;
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

    /** Milestones reached on this instance and not yet stored; the reports read the stored ones by query. */
    List<Milestone> getReachedMilestones() {
        return List.copyOf(milestones);
    }

    /** History entries recorded on this instance and not yet stored; the stored history is read by query. */
    List<HistoryEntry> getRecordedHistory() {
        return List.copyOf(history);
    }
}
