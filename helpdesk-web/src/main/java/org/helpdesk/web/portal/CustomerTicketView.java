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

import org.helpdesk.ticket.Article;
import org.helpdesk.ticket.CustomerTicketService;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.web.settings.SiteView;
import org.helpdesk.web.shared.Texts;
import org.primefaces.model.file.UploadedFile;

/** A ticket as its customer sees it: the answers they may read, and a reply box. */
@Named
@ViewScoped
public class CustomerTicketView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CustomerTicketService portal;

    @Inject
    Texts texts;

    @Inject
    SiteView site;

    private Long id;
    private Ticket ticket;
    private List<Article> articles;
    private String body;
    private transient UploadedFile file;

    public void load() {
        if (id != null) {
            ticket = portal.get(id);
            articles = portal.articles(id);
        }
    }

    public void reply() throws IOException {
        Ticket answered = portal.reply(ticket.getId(), body, Uploads.of(file, site.getMaxAttachmentBytes()));
        file = null;
        body = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (answered.getId().equals(ticket.getId())) {
            load();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("portal.replied"), null));
        } else {
            ExternalContext external = faces.getExternalContext();
            external.getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    texts.get("portal.followUpNew", answered.getNumber()), null));
            external.redirect(external.getRequestContextPath() + "/customer/ticket.xhtml?id=" + answered.getId());
        }
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
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

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
