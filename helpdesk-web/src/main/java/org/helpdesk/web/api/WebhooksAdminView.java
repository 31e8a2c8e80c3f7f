package org.helpdesk.web.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.api.webhook.Webhook;
import org.helpdesk.api.webhook.WebhookDelivery;
import org.helpdesk.api.webhook.WebhookEvent;
import org.helpdesk.api.webhook.WebhookForm;
import org.helpdesk.api.webhook.WebhookService;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueService;
import org.helpdesk.ticket.TicketCatalog;
import org.helpdesk.ticket.TicketType;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;
import org.helpdesk.web.ticket.TicketConditionEdit;

/** Admin: web hooks (outbound calls on ticket events) and their delivery log. */
@Named
@ViewScoped
public class WebhooksAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    WebhookService service;

    @EJB
    QueueService queueService;

    @Inject
    TicketCatalog catalog;

    @Inject
    Texts texts;

    private PagedModel<Webhook> webhooks;
    private PagedModel<WebhookDelivery> deliveries;
    private List<Queue> queues;
    private List<TicketType> types;
    private Edit form;

    public void load() {
        webhooks = new PagedModel<>(service::list);
        deliveries = new PagedModel<>((first, size) -> service.deliveries(null, first, size));
        queues = queueService.allQueues();
        types = catalog.types();
    }

    public void create() {
        form = new Edit(WebhookForm.blank());
    }

    public void edit(Webhook webhook) {
        form = new Edit(service.form(webhook.getId()));
    }

    public void save() {
        String secret = service.save(form.toForm());
        form = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
        if (secret != null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get("webhook.secretShown", secret), null));
        }
    }

    public void cancel() {
        form = null;
    }

    public void sendAgain(WebhookDelivery delivery) {
        service.sendAgain(delivery.getId());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("webhook.sentAgain"), null));
    }

    public PagedModel<Webhook> getWebhooks() {
        return webhooks;
    }

    public PagedModel<WebhookDelivery> getDeliveries() {
        return deliveries;
    }

    public List<Queue> getQueues() {
        return queues;
    }

    public List<TicketType> getTypes() {
        return types;
    }

    public WebhookEvent[] getEvents() {
        return WebhookEvent.values();
    }

    public Webhook.Method[] getMethods() {
        return Webhook.Method.values();
    }

    public Edit getForm() {
        return form;
    }

    /** The web hook being edited. */
    public static class Edit implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Long id;
        private final long version;
        private String name;
        private boolean valid;
        private List<String> events;
        private final TicketConditionEdit condition;
        private Webhook.Method method;
        private String url;
        private String headers;
        private final MappingEdit payload;
        private String secret;

        Edit(WebhookForm form) {
            id = form.id();
            version = form.version();
            name = form.name();
            valid = form.valid();
            events = new ArrayList<>(form.events().stream().map(Enum::name).toList());
            condition = TicketConditionEdit.of(form.condition());
            method = form.method();
            url = form.url();
            headers = form.headers();
            payload = new MappingEdit(form.payload());
        }

        WebhookForm toForm() {
            EnumSet<WebhookEvent> chosen = EnumSet.noneOf(WebhookEvent.class);
            events.forEach(e -> chosen.add(WebhookEvent.valueOf(e)));
            return new WebhookForm(id, version, name, valid, chosen, condition.toRecord(), method, url, headers, payload.toRules(), secret);
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

        public boolean isValid() {
            return valid;
        }

        public void setValid(boolean valid) {
            this.valid = valid;
        }

        public List<String> getEvents() {
            return events;
        }

        public void setEvents(List<String> events) {
            this.events = events;
        }

        public TicketConditionEdit getCondition() {
            return condition;
        }

        public Webhook.Method getMethod() {
            return method;
        }

        public void setMethod(Webhook.Method method) {
            this.method = method;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getHeaders() {
            return headers;
        }

        public void setHeaders(String headers) {
            this.headers = headers;
        }

        public MappingEdit getPayload() {
            return payload;
        }

        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret;
        }
    }
}
