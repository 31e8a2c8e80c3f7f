package org.helpdesk.web.ticket;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerService;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.field.DynamicFieldService;
import org.helpdesk.field.Screen;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueService;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.NewTicket;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketCatalog;
import org.helpdesk.ticket.TicketService;
import org.helpdesk.ticket.TicketType;
import org.helpdesk.web.field.FieldInputs;

/**
 * A ticket an agent opens for a customer: a phone ticket records what the customer reported on
 * the phone; an e-mail ticket is the agent writing to the customer (OTRS's new phone / e-mail ticket).
 */
@Named
@ViewScoped
public class NewTicketView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TicketService tickets;

    @EJB
    CustomerService customers;

    @EJB
    QueueService queues;

    @EJB
    TicketCatalog catalog;

    @EJB
    DynamicFieldService fieldService;

    private List<Queue> queueChoices;
    private List<TicketType> typeChoices;
    private CustomerUser customer;
    private Long queueId;
    private Long typeId;
    /** 2: first-line support's range; priorities 3 to 5 go to the consultants by the shipped escalation rule. */
    private int priority = 2;
    private String title;
    private String body;
    private boolean email;
    private FieldInputs fields;

    public void load() {
        queueChoices = queues.queuesWith(Permission.CREATE);
        typeChoices = catalog.types();
        fields = new FieldInputs(fieldService.shown(Screen.AGENT_NEW));
        if (!typeChoices.isEmpty()) {
            typeId = typeChoices.get(0).getId();
        }
    }

    public List<CustomerUser> completeCustomer(String term) {
        return customers.find(term, 10);
    }

    public void create() throws IOException {
        NewArticle first = email ? NewArticle.emailToCustomer(customer == null ? null : customer.getEmail(), title, body)
                : NewArticle.phoneFromCustomer(title, body);
        Ticket ticket = tickets.create(new NewTicket(title, queueId, null, priority, typeId,
                customer == null ? null : customer.getId(), null, null, first).withFields(fields.entered()));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/agent/ticket.xhtml?id=" + ticket.getId());
    }

    /** "email" for an e-mail ticket; anything else is a phone ticket. */
    public String getChannel() {
        return email ? "email" : "phone";
    }

    public void setChannel(String channel) {
        this.email = "email".equals(channel);
    }

    public FieldInputs getFields() {
        return fields;
    }

    public boolean isEmail() {
        return email;
    }

    public List<Queue> getQueueChoices() {
        return queueChoices;
    }

    public List<TicketType> getTypeChoices() {
        return typeChoices;
    }

    public CustomerUser getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerUser customer) {
        this.customer = customer;
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public int getPriority() {
        return priority;
    }

    public void setPriority(int priority) {
        this.priority = priority;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
