package org.helpdesk.web.mail;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.mail.outbound.AutoResponse;
import org.helpdesk.mail.outbound.AutoResponseForm;
import org.helpdesk.mail.outbound.AutoResponseKind;
import org.helpdesk.mail.outbound.AutoResponseService;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueService;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;

/** Admin: the texts Helpdesk sends by itself, per queue, occasion and language. */
@Named
@ViewScoped
public class AutoResponsesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AutoResponseService service;

    @EJB
    QueueService queueService;

    @Inject
    Texts texts;

    private PagedModel<AutoResponse> responses;
    private List<Queue> queues;
    private boolean editing;
    private Long id;
    private long version;
    private Long queueId;
    private AutoResponseKind kind;
    private String language;
    private String subject;
    private String body;
    private boolean valid;

    public void load() {
        responses = new PagedModel<>(service::responses);
        queues = queueService.allQueues();
    }

    public void create() {
        editing = true;
        id = null;
        version = 0;
        queueId = null;
        kind = AutoResponseKind.NEW_TICKET;
        language = "es";
        subject = null;
        body = null;
        valid = true;
    }

    public void edit(AutoResponse response) {
        editing = true;
        id = response.getId();
        version = response.getVersion();
        queueId = response.getQueue().getId();
        kind = response.getKind();
        language = response.getLanguage();
        subject = response.getSubject();
        body = response.getBody();
        valid = response.isValid();
    }

    public void save() {
        service.save(new AutoResponseForm(id, version, queueId, kind, language, subject, body, valid));
        editing = false;
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
    }

    public void cancel() {
        editing = false;
    }

    public AutoResponseKind[] getKinds() {
        return AutoResponseKind.values();
    }

    public PagedModel<AutoResponse> getResponses() {
        return responses;
    }

    public List<Queue> getQueues() {
        return queues;
    }

    public boolean isEditing() {
        return editing;
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public AutoResponseKind getKind() {
        return kind;
    }

    public void setKind(AutoResponseKind kind) {
        this.kind = kind;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
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

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
