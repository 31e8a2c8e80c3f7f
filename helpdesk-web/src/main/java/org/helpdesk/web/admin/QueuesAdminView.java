package org.helpdesk.web.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.AgentService;
import org.helpdesk.mail.inbound.MailAccountService;
import org.helpdesk.mail.outbound.AutoResponse;
import org.helpdesk.mail.outbound.AutoResponseService;
import org.helpdesk.queue.FollowUpPolicy;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueForm;
import org.helpdesk.queue.QueueService;
import org.helpdesk.queue.SystemAddress;
import org.helpdesk.queue.UnknownSenderPolicy;
import org.helpdesk.template.Signature;
import org.helpdesk.template.TemplateService;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;

/**
 * Admin: queues with their group, tier, follow-up policy, sender address, signature and portal
 * visibility, and which auto-responses the queue has.
 */
@Named
@ViewScoped
public class QueuesAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    QueueService service;

    @EJB
    AgentService agentService;

    @EJB
    MailAccountService mailService;

    @EJB
    TemplateService templateService;

    @EJB
    AutoResponseService autoResponseService;

    @Inject
    Texts texts;

    private String search;
    private PagedModel<Queue> queues;
    private List<AgentGroup> groups;
    private List<SystemAddress> addresses;
    private List<Signature> signatures;
    private QueueEdit form;
    private List<AutoResponse> autoResponses = List.of();

    public void load() {
        queues = new PagedModel<>((first, size) -> service.queues(search, first, size));
        groups = agentService.groups();
        addresses = mailService.systemAddresses(0, 500).rows();
        signatures = templateService.valid(Signature.class);
    }

    public void create() {
        form = QueueEdit.of(QueueForm.blank());
        autoResponses = List.of();
    }

    public void edit(Queue row) {
        form = QueueEdit.of(QueueForm.of(service.queue(row.getId())));
        autoResponses = autoResponseService.ofQueue(row.getId());
    }

    public void save() {
        service.saveQueue(form.toForm());
        form = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
    }

    public void cancel() {
        form = null;
    }

    public FollowUpPolicy[] getPolicies() {
        return FollowUpPolicy.values();
    }

    public UnknownSenderPolicy[] getUnknownSenderPolicies() {
        return UnknownSenderPolicy.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public PagedModel<Queue> getQueues() {
        return queues;
    }

    public List<AgentGroup> getGroups() {
        return groups;
    }

    public List<SystemAddress> getAddresses() {
        return addresses;
    }

    public List<Signature> getSignatures() {
        return signatures;
    }

    /** The auto-responses of the queue being edited (none for a new one). */
    public List<AutoResponse> getAutoResponses() {
        return autoResponses;
    }

    public QueueEdit getForm() {
        return form;
    }
}
