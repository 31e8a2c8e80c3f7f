package org.helpdesk.web.notification;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.AgentService;
import org.helpdesk.notification.Notification;
import org.helpdesk.notification.NotificationAdminService;
import org.helpdesk.notification.NotificationEvent;
import org.helpdesk.notification.NotificationForm;
import org.helpdesk.notification.Recipient;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueService;
import org.helpdesk.ticket.TicketCatalog;
import org.helpdesk.ticket.TicketConditionForm;
import org.helpdesk.ticket.TicketType;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;
import org.helpdesk.web.ticket.TicketConditionEdit;

/** Admin: the event notifications. */
@Named
@ViewScoped
public class NotificationsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    NotificationAdminService service;

    @EJB
    QueueService queueService;

    @EJB
    AgentService agentService;

    @Inject
    TicketCatalog catalog;

    @Inject
    Texts texts;

    private PagedModel<Notification> notifications;
    private List<Queue> queues;
    private List<AgentGroup> groups;
    private List<TicketType> types;
    private NotificationEdit form;

    public void load() {
        notifications = new PagedModel<>(service::notifications);
        queues = queueService.allQueues();
        groups = agentService.groups();
        types = catalog.types();
    }

    public void create() {
        form = new NotificationEdit(new NotificationForm(null, 0, null, List.of(NotificationEvent.TICKET_CREATED),
                List.of(Recipient.QUEUE_AGENTS), null, TicketConditionForm.ANY, true, true, null, null, null, null, true));
    }

    public void edit(Notification notification) {
        form = new NotificationEdit(NotificationForm.of(notification));
    }

    public void save() {
        service.save(form.toRecord());
        form = null;
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
    }

    public void cancel() {
        form = null;
    }

    public NotificationEvent[] getEvents() {
        return NotificationEvent.values();
    }

    public Recipient[] getRecipients() {
        return Recipient.values();
    }

    public PagedModel<Notification> getNotifications() {
        return notifications;
    }

    public List<Queue> getQueues() {
        return queues;
    }

    public List<AgentGroup> getGroups() {
        return groups;
    }

    public List<TicketType> getTypes() {
        return types;
    }

    public NotificationEdit getForm() {
        return form;
    }

    /** The notification being edited; events and recipients as names for the check boxes. */
    public static class NotificationEdit implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Long id;
        private final long version;
        private String name;
        private List<String> events;
        private List<String> recipients;
        private Long groupId;
        private final TicketConditionEdit condition;
        private boolean optional;
        private boolean sendMail;
        private String subjectEs;
        private String bodyEs;
        private String subjectEn;
        private String bodyEn;
        private boolean valid;

        NotificationEdit(NotificationForm form) {
            id = form.id();
            version = form.version();
            name = form.name();
            events = new ArrayList<>(form.events().stream().map(Enum::name).toList());
            recipients = new ArrayList<>(form.recipients().stream().map(Enum::name).toList());
            groupId = form.groupId();
            condition = TicketConditionEdit.of(form.condition());
            optional = form.optional();
            sendMail = form.sendMail();
            subjectEs = form.subjectEs();
            bodyEs = form.bodyEs();
            subjectEn = form.subjectEn();
            bodyEn = form.bodyEn();
            valid = form.valid();
        }

        NotificationForm toRecord() {
            return new NotificationForm(id, version, name, events.stream().map(NotificationEvent::valueOf).toList(),
                    recipients.stream().map(Recipient::valueOf).toList(), groupId, condition.toRecord(), optional,
                    sendMail, subjectEs, bodyEs, subjectEn, bodyEn, valid);
        }

        public boolean isNew() {
            return id == null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public List<String> getEvents() {
            return events;
        }

        public void setEvents(List<String> events) {
            this.events = events;
        }

        public List<String> getRecipients() {
            return recipients;
        }

        public void setRecipients(List<String> recipients) {
            this.recipients = recipients;
        }

        public Long getGroupId() {
            return groupId;
        }

        public void setGroupId(Long groupId) {
            this.groupId = groupId;
        }

        public TicketConditionEdit getCondition() {
            return condition;
        }

        public boolean isOptional() {
            return optional;
        }

        public void setOptional(boolean optional) {
            this.optional = optional;
        }

        public boolean isSendMail() {
            return sendMail;
        }

        public void setSendMail(boolean sendMail) {
            this.sendMail = sendMail;
        }

        public String getSubjectEs() {
            return subjectEs;
        }

        public void setSubjectEs(String subjectEs) {
            this.subjectEs = subjectEs;
        }

        public String getBodyEs() {
            return bodyEs;
        }

        public void setBodyEs(String bodyEs) {
            this.bodyEs = bodyEs;
        }

        public String getSubjectEn() {
            return subjectEn;
        }

        public void setSubjectEn(String subjectEn) {
            this.subjectEn = subjectEn;
        }

        public String getBodyEn() {
            return bodyEn;
        }

        public void setBodyEn(String bodyEn) {
            this.bodyEn = bodyEn;
        }

        public boolean isValid() {
            return valid;
        }

        public void setValid(boolean valid) {
            this.valid = valid;
        }
    }
}
