package org.helpdesk.web.ticket;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.agent.AgentSummary;
import org.helpdesk.field.DynamicFieldService;
import org.helpdesk.field.Screen;
import org.helpdesk.queue.Queue;
import org.helpdesk.shared.DeskSettings;
import org.helpdesk.template.ResponseTemplate;
import org.helpdesk.template.TemplateService;
import org.helpdesk.ticket.Article;
import org.helpdesk.ticket.FieldValue;
import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.StateType;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketCatalog;
import org.helpdesk.ticket.TicketFieldService;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketSearchService;
import org.helpdesk.ticket.TicketService;
import org.helpdesk.ticket.TicketSort;
import org.helpdesk.ticket.TicketState;
import org.helpdesk.ticket.TicketSummary;
import org.helpdesk.ticket.TicketType;
import org.helpdesk.web.field.FieldInputs;
import org.helpdesk.web.shared.Dates;
import org.helpdesk.web.shared.LanguageView;
import org.helpdesk.web.shared.Texts;

/**
 * The ticket zoom: the ticket, its conversation and history, and every action on it. Each action
 * sends the version the agent is looking at, so a change made meanwhile by someone else is refused
 * with a message instead of being overwritten.
 */
@Named
@ViewScoped
public class TicketZoomView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CUSTOMER_TICKETS = 6;

    @EJB
    TicketService tickets;

    @EJB
    TemplateService templates;

    @EJB
    DynamicFieldService fieldService;

    @EJB
    TicketFieldService ticketFields;

    @EJB
    TicketCatalog catalog;

    @EJB
    TicketSearchService search;

    @Inject
    Texts texts;

    @Inject
    Dates dates;

    @Inject
    LanguageView language;

    @Inject
    DeskSettings settings;

    private Long id;
    private Ticket ticket;
    private List<Article> articles;
    private List<HistoryEntry> history;
    private List<Queue> moveTargets;
    private List<AgentSummary> owners;
    private List<TicketState> states;
    private List<TicketType> types;
    private List<TicketSummary> customerTickets;

    // action inputs
    private String subject;
    private String body;
    /** What the agent writes: {@code reply}, {@code note} or {@code phone} (a call to the customer). */
    private String kind = "reply";
    private Long targetQueueId;
    private int priority;
    private String priorityReason;
    private Long stateId;
    private LocalDateTime pendingUntil;
    private Long ownerId;
    private Long typeId;
    private Long responsibleId;
    private String mergeTarget;
    private List<ResponseTemplate> responseTemplates;
    private FieldInputs fields;
    private List<ShownValue> fieldValues;
    /** The canned response to start the answer with: 0 for the queue's signature alone. */
    private Long templateId;

    public void load() {
        if (id == null) {
            return;
        }
        ticket = tickets.get(id);
        articles = tickets.articles(id);
        history = tickets.history(id);
        moveTargets = tickets.moveTargets(id);
        owners = tickets.possibleOwners(id);
        states = catalog.states().stream().filter(s -> s.getType() != StateType.MERGED).toList();
        types = catalog.types();
        responseTemplates = templates.valid(ResponseTemplate.class);
        fields = new FieldInputs(fieldService.shown(Screen.ZOOM), ticketFields.input(id));
        fieldValues = ticketFields.values(id).entrySet().stream().filter(e -> e.getKey().isShowZoom())
                .map(e -> new ShownValue(e.getKey().label(language.getLocale()), e.getValue().stream().map(this::text)
                        .collect(Collectors.joining(", ")))).toList();
        priority = ticket.getPriority();
        stateId = ticket.getState().getId();
        typeId = ticket.getType().getId();
        ownerId = ticket.getOwner() == null ? null : ticket.getOwner().getId();
        responsibleId = ticket.getResponsible() == null ? null : ticket.getResponsible().getId();
        customerTickets = search.search(TicketQuery.all().withCustomer(ticket.getCustomer().getId()), TicketSort.CREATED,
                false, 0, CUSTOMER_TICKETS).rows().stream().filter(row -> row.id() != ticket.getId()).toList();
        subject = "Re: " + ticket.getTitle();
    }

    public void addArticle() {
        NewArticle article = switch (kind) {
        case "note" -> NewArticle.note(subject, body);
        case "phone" -> NewArticle.phoneToCustomer(subject, body);
        default -> NewArticle.reply(subject, body);
        };
        tickets.addArticle(ticket.getId(), ticket.getVersion(), article);
        body = null;
        done("note".equals(kind) ? "zoom.done.note" : "zoom.done.reply");
    }

    public void move() {
        tickets.move(ticket.getId(), ticket.getVersion(), targetQueueId);
        done("zoom.done.move");
    }

    public void changePriority() {
        tickets.changePriority(ticket.getId(), ticket.getVersion(), priority, priorityReason);
        priorityReason = null;
        done("zoom.done.saved");
    }

    public void changeType() {
        tickets.changeType(ticket.getId(), ticket.getVersion(), typeId);
        done("zoom.done.saved");
    }

    /** Sets the chosen state: closing, reopening, or pending until the given time. */
    public void changeState() {
        TicketState state = states.stream().filter(s -> s.getId().equals(stateId)).findFirst().orElse(null);
        if (state != null && state.getType().isPending()) {
            tickets.setPending(ticket.getId(), ticket.getVersion(), stateId,
                    pendingUntil == null ? null : pendingUntil.atZone(settings.timeZone()).toInstant());
        } else {
            tickets.changeState(ticket.getId(), ticket.getVersion(), stateId);
        }
        done("zoom.done.saved");
    }

    public void setOwner() {
        tickets.setOwner(ticket.getId(), ticket.getVersion(), ownerId);
        done("zoom.done.saved");
    }

    public void setResponsible() {
        tickets.setResponsible(ticket.getId(), ticket.getVersion(), responsibleId);
        done("zoom.done.saved");
    }

    /** Merges this ticket into the one with the given number; the zoom then shows the target. */
    public void merge() {
        Ticket target = tickets.getByNumber(mergeTarget == null ? "" : mergeTarget.trim());
        tickets.merge(ticket.getId(), ticket.getVersion(), target.getId());
        id = target.getId();
        done("zoom.done.merged");
    }

    public void lock() {
        tickets.lock(ticket.getId(), ticket.getVersion());
        done("zoom.done.locked");
    }

    public void unlock() {
        tickets.unlock(ticket.getId(), ticket.getVersion());
        done("zoom.done.unlocked");
    }

    /** Re-reads the ticket, e.g. after someone else changed it. */
    public void reload() {
        load();
    }

    private void done(String key) {
        load();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(key), null));
    }

    public List<TicketSummary> getCustomerTickets() {
        return customerTickets;
    }

    public Long getResponsibleId() {
        return responsibleId;
    }

    public void setResponsibleId(Long responsibleId) {
        this.responsibleId = responsibleId;
    }

    public String getMergeTarget() {
        return mergeTarget;
    }

    public void setMergeTarget(String mergeTarget) {
        this.mergeTarget = mergeTarget;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public List<Article> getArticles() {
        return articles;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public List<Queue> getMoveTargets() {
        return moveTargets;
    }

    public List<AgentSummary> getOwners() {
        return owners;
    }

    public List<TicketState> getStates() {
        return states;
    }

    public List<TicketType> getTypes() {
        return types;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    /** Saves the ticket's dynamic field values. */
    public void saveFields() {
        ticketFields.change(id, fields.entered());
        done("zoom.done.fields");
    }

    private String text(FieldValue value) {
        return switch (value.getField().getType()) {
            case DATE -> value.getDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            case DATETIME -> dates.format(value.getTime());
            case CHECKBOX -> texts.get("admin.yes");
            default -> value.getText();
        };
    }

    /** A dynamic field's value as the zoom shows it. */
    public record ShownValue(String label, String text) implements Serializable {
    }

    public FieldInputs getFields() {
        return fields;
    }

    public List<ShownValue> getFieldValues() {
        return fieldValues;
    }

    /** Puts the chosen canned response (or just the signature) with the ticket's values into the answer. */
    public void insertTemplate() {
        if (templateId != null) {
            body = tickets.answerDraft(id, templateId == 0 ? null : templateId);
        }
    }

    public List<ResponseTemplate> getResponseTemplates() {
        return responseTemplates;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getTargetQueueId() {
        return targetQueueId;
    }

    public void setTargetQueueId(Long targetQueueId) {
        this.targetQueueId = targetQueueId;
    }

    public int getPriority() {
        return priority;
    }

    public String getPriorityReason() {
        return priorityReason;
    }

    public void setPriorityReason(String priorityReason) {
        this.priorityReason = priorityReason;
    }

    public void setPriority(int priority) {
        this.priority = priority;
    }

    public Long getStateId() {
        return stateId;
    }

    public void setStateId(Long stateId) {
        this.stateId = stateId;
    }

    public LocalDateTime getPendingUntil() {
        return pendingUntil;
    }

    public void setPendingUntil(LocalDateTime pendingUntil) {
        this.pendingUntil = pendingUntil;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }
}
