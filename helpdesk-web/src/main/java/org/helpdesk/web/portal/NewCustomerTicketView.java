package org.helpdesk.web.portal;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.faq.FaqRow;
import org.helpdesk.faq.KnowledgeBase;
import org.helpdesk.field.DynamicFieldService;
import org.helpdesk.field.Screen;
import org.helpdesk.queue.Queue;
import org.helpdesk.sla.ItService;
import org.helpdesk.sla.ServiceCatalog;
import org.helpdesk.ticket.CustomerTicketService;
import org.helpdesk.ticket.Level;
import org.helpdesk.ticket.NewCustomerTicket;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketCatalog;
import org.helpdesk.ticket.TicketSummary;
import org.helpdesk.ticket.TicketType;
import org.helpdesk.web.field.FieldInputs;
import org.helpdesk.web.settings.SiteView;
import org.helpdesk.web.shared.Texts;
import org.primefaces.model.file.UploadedFile;

/** A customer reports an incident or a request; impact and urgency give the priority shown as they choose. */
@Named
@ViewScoped
public class NewCustomerTicketView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CustomerTicketService portal;

    @EJB
    TicketCatalog catalog;

    @EJB
    ServiceCatalog serviceCatalog;

    @EJB
    DynamicFieldService fieldService;

    @EJB
    KnowledgeBase knowledgeBase;

    @Inject
    Texts texts;

    @Inject
    SiteView site;

    private List<TicketType> typeChoices;
    private List<Queue> queueChoices;
    private List<ItService> serviceChoices;
    private Long serviceId;
    private Long typeId;
    private Long queueId;
    /** Low impact, medium urgency: priority 2, first-line support (the customer raises it when it is worse). */
    private Level impact = Level.LOW;
    private Level urgency = Level.MEDIUM;
    private int priority;
    private String subject;
    private String body;
    private transient UploadedFile file;
    private List<TicketSummary> solutions = List.of();
    private List<FaqRow> articles = List.of();
    private FieldInputs fields;

    public void load() {
        typeChoices = catalog.types();
        queueChoices = portal.queues();
        serviceChoices = serviceCatalog.services();
        fields = new FieldInputs(fieldService.shown(Screen.CUSTOMER_NEW));
        typeId = typeChoices.isEmpty() ? null : typeChoices.get(0).getId();
        queueId = queueChoices.isEmpty() ? null : queueChoices.get(0).getId();
        classify();
    }

    /** Looks for FAQ articles and solved tickets like the one being written, as the subject is typed. */
    public void lookForSolutions() {
        articles = knowledgeBase.suggest(subject, 5);
        solutions = portal.knownSolutions(subject, 5);
    }

    public List<FaqRow> getArticles() {
        return articles;
    }

    public List<TicketSummary> getSolutions() {
        return solutions;
    }

    /** Recomputes the priority when impact or urgency change. */
    public void classify() {
        priority = portal.priorityFor(impact, urgency);
    }

    public void create() throws IOException {
        Ticket ticket = portal.create(new NewCustomerTicket(typeId, queueId, impact, urgency, serviceId, subject, body,
                Uploads.of(file, site.getMaxAttachmentBytes())).withFields(fields.entered()));
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("portal.created", ticket.getNumber()), null));
        external.redirect(external.getRequestContextPath() + "/customer/ticket.xhtml?id=" + ticket.getId());
    }

    public FieldInputs getFields() {
        return fields;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<ItService> getServiceChoices() {
        return serviceChoices;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public List<TicketType> getTypeChoices() {
        return typeChoices;
    }

    public List<Queue> getQueueChoices() {
        return queueChoices;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public Level getImpact() {
        return impact;
    }

    public void setImpact(Level impact) {
        this.impact = impact;
    }

    public Level getUrgency() {
        return urgency;
    }

    public void setUrgency(Level urgency) {
        this.urgency = urgency;
    }

    public int getPriority() {
        return priority;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
