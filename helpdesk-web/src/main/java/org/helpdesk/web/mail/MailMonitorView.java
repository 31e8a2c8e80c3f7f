package org.helpdesk.web.mail;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.mail.inbound.InboundMail;
import org.helpdesk.mail.inbound.InboundStatus;
import org.helpdesk.mail.inbound.MailIntake;
import org.helpdesk.mail.inbound.MailMonitorService;
import org.helpdesk.mail.outbound.OutboxMessage;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Admin: the quarantine and the other received mail, and outgoing mail the relay refused. */
@Named
@ViewScoped
public class MailMonitorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MailMonitorService service;

    @Inject
    Texts texts;

    private InboundStatus show = InboundStatus.QUARANTINED;
    private PagedModel<InboundMail> received;
    private PagedModel<OutboxMessage> failed;

    public void load() {
        showStatus();
        failed = new PagedModel<>(service::failedDeliveries);
    }

    /** Lists the received messages in the chosen state (all when none is chosen). */
    public void showStatus() {
        Set<InboundStatus> statuses = show == null ? EnumSet.allOf(InboundStatus.class) : EnumSet.of(show);
        received = new PagedModel<>((first, size) -> service.received(statuses, first, size));
    }

    public StreamedContent source(InboundMail mail) {
        byte[] raw = service.rawSource(mail.getId());
        return DefaultStreamedContent.builder().name("message-" + mail.getId() + ".eml").contentType("message/rfc822")
                .contentLength((long) raw.length).stream(() -> new ByteArrayInputStream(raw)).build();
    }

    public void reprocess(InboundMail mail) {
        MailIntake.Receipt receipt = service.reprocess(mail.getId());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                receipt.status() == InboundStatus.QUARANTINED ? FacesMessage.SEVERITY_WARN : FacesMessage.SEVERITY_INFO,
                texts.get("mail.monitor.reprocessed", texts.get("mail.status." + receipt.status())), null));
    }

    public void retry(OutboxMessage message) {
        service.retryDelivery(message.getId());
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("mail.monitor.retrying", message.getTo()), null));
    }

    public InboundStatus[] getStatuses() {
        return InboundStatus.values();
    }

    public InboundStatus getShow() {
        return show;
    }

    public void setShow(InboundStatus show) {
        this.show = show;
    }

    public PagedModel<InboundMail> getReceived() {
        return received;
    }

    public PagedModel<OutboxMessage> getFailed() {
        return failed;
    }
}
