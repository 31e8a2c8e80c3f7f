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
import org.helpdesk.customer.CustomerService;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.field.DynamicField;
import org.helpdesk.mail.outbound.AnswerSecurity;
import org.helpdesk.shared.CryptoMethod;
import org.helpdesk.shared.DeskSettings;
import org.helpdesk.ticket.MailSecurityRequest;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.TicketService;
import org.helpdesk.ticket.TicketState;
import org.helpdesk.ticket.TicketSummary;
import org.helpdesk.ticket.TicketType;
import org.helpdesk.ticket.TicketZoom;
import org.helpdesk.ticket.TicketZoomService;
import org.helpdesk.web.field.FieldInputs;
import org.helpdesk.web.shared.Dates;
import org.helpdesk.web.shared.LanguageView;
import org.helpdesk.web.shared.Texts;

/**
 * The ticket zoom: the ticket, its conversation and history, and every action on it. The page is
 * one read ({@link TicketZoomService#zoom}); each action returns the ticket's new state, which the
 * page then shows. Each action sends the version the agent is looking at, so a change made
 * meanwhile by someone else is refused with a message instead of being overwritten.
 */
@Named
@ViewScoped
public class TicketZoomView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AnswerSecurity answerSecurity;

    @EJB
    TicketZoomService zooms;

    @EJB
    TicketService tickets;

    @EJB
    CustomerService customers;

    @Inject
    Texts texts;

    @Inject
    Dates dates;

    @Inject
    LanguageView language;

    @Inject
    DeskSettings settings;

    private Long id;
    private TicketZoom zoom;
    private HistoryModel history;

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
    private String title;
    private CustomerUser customer;
    private Long serviceId;
    private Long slaId;
    private String mergeTarget;
    private FieldInputs fields;
    private List<ShownValue> fieldValues;
    /** The canned response to start the answer with: 0 for the queue's signature alone. */
    private Long templateId;
    /** What the answer's e-mail may be: signed and/or encrypted with S/MIME or PGP (see {@link AnswerSecurity}). */
    private AnswerSecurity.Options security;
    private CryptoMethod securityMethod;
    private boolean sign;
    private boolean encrypt;

    public void load() {
        if (id == null) {
            return;
        }
        show(zooms.zoom(id));
    }

    /** Shows the ticket as read (on load or as an action returned it) and resets the inputs to its values. */
    private void show(TicketZoom read) {
        zoom = read;
        TicketZoom.Facts ticket = read.ticket();
        id = ticket.id();
        TicketZoomService service = zooms;
        long ticketId = ticket.id();
        history = new HistoryModel(read.history(), (first, size) -> service.history(ticketId, first, size));
        fields = new FieldInputs(read.fields(), read.fieldInput());
        fieldValues = read.fieldValues().stream().map(f -> new ShownValue(f.field().label(language.getLocale()),
                f.values().stream().map(v -> text(f.field(), v)).collect(Collectors.joining(", ")))).toList();
        priority = ticket.priority();
        stateId = ticket.stateId();
        typeId = ticket.typeId();
        ownerId = ticket.ownerId();
        responsibleId = ticket.responsibleId();
        title = ticket.title();
        customer = customers.get(ticket.customerId());
        serviceId = ticket.serviceId();
        slaId = ticket.slaId();
        subject = "Re: " + ticket.title();
        security = answerSecurity.options(ticket.id());
        securityMethod = security.queueDefault();
        securityMethodChanged();
    }

    /** A method chosen: sign when the desk can, encrypt when the customer has a key. */
    public void securityMethodChanged() {
        sign = securityMethod != null && security.canSign(securityMethod);
        encrypt = securityMethod != null && security.canEncrypt(securityMethod);
    }

    private long ticketId() {
        return zoom.ticket().id();
    }

    private long version() {
        return zoom.ticket().version();
    }

    public void addArticle() {
        NewArticle article = switch (kind) {
        case "note" -> NewArticle.note(subject, body);
        case "phone" -> NewArticle.phoneToCustomer(subject, body);
        default -> NewArticle.reply(subject, body)
                .withSecurity(new MailSecurityRequest(securityMethod, sign && securityMethod != null, encrypt && securityMethod != null));
        };
        TicketZoom changed = zooms.addArticle(ticketId(), version(), article);
        body = null;
        done(changed, "note".equals(kind) ? "zoom.done.note" : "zoom.done.reply");
    }

    public void move() {
        done(zooms.move(ticketId(), version(), targetQueueId), "zoom.done.move");
    }

    public void changePriority() {
        TicketZoom changed = zooms.changePriority(ticketId(), version(), priority, priorityReason);
        priorityReason = null;
        done(changed, "zoom.done.saved");
    }

    public void changeType() {
        done(zooms.changeType(ticketId(), version(), typeId), "zoom.done.saved");
    }

    /** Sets the chosen state: closing, reopening, or pending until the given time. */
    public void changeState() {
        TicketState state = zoom.states().stream().filter(s -> s.getId().equals(stateId)).findFirst().orElse(null);
        TicketZoom changed;
        if (state != null && state.getType().isPending()) {
            changed = zooms.setPending(ticketId(), version(), stateId,
                    pendingUntil == null ? null : pendingUntil.atZone(settings.timeZone()).toInstant());
        } else {
            changed = zooms.changeState(ticketId(), version(), stateId);
        }
        done(changed, "zoom.done.saved");
    }

    /** Saves the title, customer, service and SLA as the agent left them. */
    public void changeDetails() {
        done(zooms.changeDetails(ticketId(), version(), title, customer == null ? null : customer.getId(), serviceId, slaId),
                "zoom.done.saved");
    }

    /** Another service chosen: its default SLA, unless the agent picks one of its SLAs. */
    public void serviceChanged() {
        slaId = null;
    }

    public List<CustomerUser> completeCustomer(String term) {
        return customers.find(term, 10);
    }

    public void setOwner() {
        done(zooms.setOwner(ticketId(), version(), ownerId), "zoom.done.saved");
    }

    public void setResponsible() {
        done(zooms.setResponsible(ticketId(), version(), responsibleId), "zoom.done.saved");
    }

    /** Merges this ticket into the one with the given number; the zoom then shows the target. */
    public void merge() {
        done(zooms.merge(ticketId(), version(), mergeTarget), "zoom.done.merged");
    }

    public void lock() {
        done(zooms.lock(ticketId(), version()), "zoom.done.locked");
    }

    public void unlock() {
        done(zooms.unlock(ticketId(), version()), "zoom.done.unlocked");
    }

    /** Re-reads the ticket, e.g. after someone else changed it. */
    public void reload() {
        load();
    }

    private void done(TicketZoom changed, String key) {
        show(changed);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(key), null));
    }

    public List<TicketSummary> getCustomerTickets() {
        return zoom == null ? null : zoom.customerTickets();
    }

    /** What the agent may do on the ticket as it is now: the side bar disables the rest. */
    public TicketZoom.Actions getAllowed() {
        return zoom == null ? null : zoom.allowed();
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

    public TicketZoom.Facts getTicket() {
        return zoom == null ? null : zoom.ticket();
    }

    public List<TicketZoom.ArticleView> getArticles() {
        return zoom == null ? null : zoom.articles();
    }

    public HistoryModel getHistory() {
        return history;
    }

    /** The rows of a page of the history table: the zoom reads the first page with the ticket. */
    public int getHistoryPage() {
        return TicketZoomService.HISTORY_PAGE;
    }

    public List<TicketZoom.Choice> getMoveTargets() {
        return zoom == null ? null : zoom.moveTargets();
    }

    public List<AgentSummary> getOwners() {
        return zoom == null ? null : zoom.owners();
    }

    public List<TicketState> getStates() {
        return zoom == null ? null : zoom.states();
    }

    public List<TicketType> getTypes() {
        return zoom == null ? null : zoom.types();
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    /** Saves the ticket's dynamic field values. */
    public void saveFields() {
        done(zooms.saveFields(ticketId(), fields.entered()), "zoom.done.fields");
    }

    private String text(DynamicField field, TicketZoom.Value value) {
        return switch (field.getType()) {
            case DATE -> value.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            case DATETIME -> dates.format(value.time());
            case CHECKBOX -> texts.get("admin.yes");
            default -> value.text();
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

    public List<TicketZoom.Choice> getResponseTemplates() {
        return zoom == null ? null : zoom.responseTemplates();
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    /** Adds {@code text} (a FAQ solution) to the end of the answer being written. */
    public void appendToBody(String text) {
        body = body == null || body.isBlank() ? text : body.stripTrailing() + "\n\n" + text;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public AnswerSecurity.Options getSecurity() {
        return security;
    }

    public CryptoMethod getSecurityMethod() {
        return securityMethod;
    }

    public void setSecurityMethod(CryptoMethod securityMethod) {
        this.securityMethod = securityMethod;
    }

    public boolean isSign() {
        return sign;
    }

    public void setSign(boolean sign) {
        this.sign = sign;
    }

    public boolean isEncrypt() {
        return encrypt;
    }

    public void setEncrypt(boolean encrypt) {
        this.encrypt = encrypt;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public CustomerUser getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerUser customer) {
        this.customer = customer;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Long getSlaId() {
        return slaId;
    }

    public void setSlaId(Long slaId) {
        this.slaId = slaId;
    }

    public List<TicketZoom.Choice> getServices() {
        return zoom == null ? List.of() : zoom.services();
    }

    public List<TicketZoom.Choice> getSlas() {
        return zoom == null ? List.of() : zoom.slas();
    }
}
