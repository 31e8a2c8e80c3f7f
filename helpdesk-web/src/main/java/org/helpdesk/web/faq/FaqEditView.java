package org.helpdesk.web.faq;

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

import org.helpdesk.faq.FaqArticle;
import org.helpdesk.faq.FaqCategory;
import org.helpdesk.faq.FaqForm;
import org.helpdesk.faq.FaqHistory;
import org.helpdesk.faq.FaqItem;
import org.helpdesk.faq.FaqRevision;
import org.helpdesk.faq.FaqService;
import org.helpdesk.faq.FaqVisibility;
import org.helpdesk.faq.KnowledgeBase;
import org.helpdesk.faq.LinkedTicket;
import org.helpdesk.ticket.HtmlSanitizer;
import org.helpdesk.ticket.NewAttachment;
import org.helpdesk.web.portal.Uploads;
import org.helpdesk.web.settings.SiteView;
import org.helpdesk.web.shared.Texts;
import org.primefaces.model.file.UploadedFile;

/**
 * Agents: writes a FAQ article (new, from a solved ticket, or a change to one), and shows what
 * belongs to it: its revisions (any of them readable), files, linked tickets, and approval.
 */
@Named
@ViewScoped
public class FaqEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FaqService service;

    @EJB
    KnowledgeBase knowledgeBase;

    @Inject
    Texts texts;

    @Inject
    SiteView site;

    /** The article's id (view parameter); null for a new one. */
    private Long id;
    /** The solved ticket a new article is written from (view parameter). */
    private Long ticket;
    private long version;
    private String title;
    private String symptom;
    private String solution;
    private String keywords;
    private Long categoryId;
    private String language;
    private FaqVisibility visibility;
    private boolean valid;
    private FaqArticle article;
    private List<FaqHistory> history;
    private List<LinkedTicket> tickets;
    private List<FaqCategory> categories;
    private FaqRevision shownRevision;
    private transient UploadedFile file;

    public void load() {
        categories = knowledgeBase.categories();
        FaqForm form;
        if (id != null) {
            form = service.form(id);
            article = knowledgeBase.read(id);
            history = service.history(id);
            tickets = service.tickets(id);
        } else if (ticket != null) {
            form = service.draftFromTicket(ticket);
        } else {
            form = FaqForm.blank(categories.isEmpty() ? null : categories.get(0).getId());
        }
        version = form.version();
        title = form.title();
        symptom = form.symptom();
        solution = form.solution();
        keywords = form.keywords();
        categoryId = form.categoryId();
        language = form.language();
        visibility = form.visibility();
        valid = form.valid();
    }

    public void save() throws IOException {
        FaqForm form = new FaqForm(version, title, symptom, solution, keywords, categoryId, language, visibility, valid);
        FaqItem saved = id == null ? service.create(form, ticket) : service.update(id, form);
        reopen(saved.getId(), saved.isApproved() ? "faq.saved" : "faq.savedAwaitingApproval");
    }

    public void approve() throws IOException {
        service.approve(id, version);
        reopen(id, "faq.approved");
    }

    public void upload() throws IOException {
        for (NewAttachment attachment : Uploads.of(file, site.getMaxAttachmentBytes())) {
            service.attach(id, attachment);
        }
        reopen(id, "faq.fileAdded");
    }

    public void removeFile(long attachmentId) throws IOException {
        service.removeAttachment(attachmentId);
        reopen(id, "faq.fileRemoved");
    }

    public void showRevision(int number) {
        shownRevision = service.revision(id, number);
    }

    private void reopen(long articleId, String messageKey) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(messageKey), null));
        external.redirect(external.getRequestContextPath() + "/agent/faq-edit.xhtml?id=" + articleId);
    }

    public FaqVisibility[] getVisibilities() {
        return FaqVisibility.values();
    }

    public List<FaqCategory> getCategories() {
        return categories;
    }

    public FaqArticle getArticle() {
        return article;
    }

    public List<FaqHistory> getHistory() {
        return history;
    }

    public List<LinkedTicket> getTickets() {
        return tickets;
    }

    public FaqRevision getShownRevision() {
        return shownRevision;
    }

    public String getShownSymptom() {
        return shownRevision == null ? null : HtmlSanitizer.sanitize(shownRevision.getSymptom());
    }

    public String getShownSolution() {
        return shownRevision == null ? null : HtmlSanitizer.sanitize(shownRevision.getSolution());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getTicket() {
        return ticket;
    }

    public void setTicket(Long ticket) {
        this.ticket = ticket;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSymptom() {
        return symptom;
    }

    public void setSymptom(String symptom) {
        this.symptom = symptom;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public FaqVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(FaqVisibility visibility) {
        this.visibility = visibility;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
