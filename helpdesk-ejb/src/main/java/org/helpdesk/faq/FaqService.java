package org.helpdesk.faq;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.agent.Permission;
import org.helpdesk.mail.mime.HtmlToText;
import org.helpdesk.search.Faq;
import org.helpdesk.search.TextAnalyzer;
import org.helpdesk.search.TextIndex;
import org.helpdesk.settings.Settings;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.Page;
import org.helpdesk.ticket.AttachmentPolicy;
import org.helpdesk.ticket.NewAttachment;
import org.helpdesk.ticket.SenderType;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketZoom;
import org.helpdesk.ticket.TicketZoomService;

/**
 * Agents write the knowledge base: articles with every change kept as a revision, their files, and
 * their links to tickets. When the desk asks for approval, a change by an agent who is not an
 * administrator waits for an administrator's before customers see the article.
 */
@Stateless
@RolesAllowed("agent")
@Interceptors(ConcurrencyGuard.class)
public class FaqService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Settings settings;

    @Inject
    BeanValidation validation;

    @Inject
    Lookup lookup;

    @Inject
    Clock clock;

    @Inject
    @Faq
    TextIndex index;

    @EJB
    TicketZoomService zooms;

    /** One page of the articles, newest change first: all of them, or those with the words of {@code text}. */
    public Page<FaqRow> list(String text, Long categoryId, boolean awaitingApproval, int first, int pageSize) {
        return FaqPages.page(em, index, awaitingApproval ? "f.approved = FALSE" : "f.id IS NOT NULL", new HashMap<>(),
                categoryId, text, "f.changedAt DESC, f.id DESC", first, pageSize);
    }

    /** The article as its editor starts from. */
    public FaqForm form(long id) {
        FaqItem item = lookup.require(FaqItem.class, id);
        return new FaqForm(item.getVersion(), item.getTitle(), item.getSymptom(), item.getSolution(), item.getKeywords(),
                item.getCategory().getId(), item.getLanguage(), item.getVisibility(), item.isValid());
    }

    /**
     * A new article written from a solved ticket the agent may read: its title, the customer's first
     * message as the symptom and the agents' last answer to the customer as the solution. It starts
     * internal, for the agent to review before customers see it.
     */
    public FaqForm draftFromTicket(long ticketId) {
        TicketZoom zoom = zooms.zoom(ticketId);
        String symptom = zoom.articles().stream().filter(a -> a.sender() == SenderType.CUSTOMER)
                .map(TicketZoom.ArticleView::body).findFirst().orElse("");
        String solution = zoom.articles().stream().filter(a -> a.sender() == SenderType.AGENT && a.visibleForCustomer())
                .map(TicketZoom.ArticleView::body).reduce((earlier, later) -> later).orElse("");
        Long category = em.createQuery("SELECT c.id FROM FaqCategory c WHERE c.valid = TRUE ORDER BY c.id", Long.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        return new FaqForm(0, zoom.ticket().title(), paragraphs(symptom), paragraphs(solution), "", category, "es",
                FaqVisibility.INTERNAL, true);
    }

    /** Writes a new article; one written from a ticket ({@code fromTicketId}) is linked to it. */
    public FaqItem create(FaqForm form, Long fromTicketId) {
        validation.check(form);
        FaqItem item = new FaqItem(caller(), clock.instant());
        save(item, form, true);
        if (fromTicketId != null) {
            link(item.getId(), fromTicketId);
        }
        return item;
    }

    /** Saves a change to an article as its next revision. */
    public FaqItem update(long id, FaqForm form) {
        validation.check(form);
        FaqItem item = lookup.require(FaqItem.class, id);
        item.checkVersion(form.version());
        save(item, form, false);
        return item;
    }

    private void save(FaqItem item, FaqForm form, boolean isNew) {
        FaqCategory category = lookup.reference(FaqCategory.class, form.categoryId(), "categoryId");
        FaqRevision revision = item.change(form, category, approvedAsSaved(), caller(), clock.instant());
        if (isNew) {
            em.persist(item);
        }
        em.persist(revision);
        em.flush(); // the index row refers to the article
        index.put(item.getId(), terms(item));
    }

    /** Whether what the caller saves may be shown to customers at once: always, unless the desk asks for approval. */
    private boolean approvedAsSaved() {
        return !settings.current().isFaqApproval() || context.isCallerInRole("admin");
    }

    /** An administrator lets customers see the article as it is now. */
    @RolesAllowed("admin")
    public FaqItem approve(long id, long version) {
        FaqItem item = lookup.require(FaqItem.class, id);
        item.checkVersion(version);
        item.approve();
        return item;
    }

    /** Every revision of the article, newest first, each with the fields it changed. */
    public List<FaqHistory> history(long id) {
        lookup.require(FaqItem.class, id);
        List<FaqRevision> revisions = em.createQuery("SELECT r FROM FaqRevision r WHERE r.item.id = :item "
                + "ORDER BY r.revision", FaqRevision.class).setParameter("item", id).getResultList();
        List<FaqHistory> history = new ArrayList<>();
        FaqRevision before = null;
        for (FaqRevision revision : revisions) {
            history.add(0, new FaqHistory(revision.getRevision(), revision.getChangedAt(), revision.getChangedBy(),
                    revision.changedSince(before)));
            before = revision;
        }
        return history;
    }

    /** One earlier (or the current) revision of the article, as it was saved. */
    public FaqRevision revision(long id, int number) {
        return em.createQuery("SELECT r FROM FaqRevision r WHERE r.item.id = :item AND r.revision = :number", FaqRevision.class)
                .setParameter("item", id).setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("revision", number));
    }

    /** Links the article to a ticket the agent may read (nothing happens when it is linked already). */
    public void link(long faqId, long ticketId) {
        FaqItem item = lookup.require(FaqItem.class, faqId);
        Ticket ticket = readable(ticketId);
        boolean linked = !em.createQuery("SELECT l.id FROM FaqTicketLink l WHERE l.item = :item AND l.ticket = :ticket",
                Long.class).setParameter("item", item).setParameter("ticket", ticket).getResultList().isEmpty();
        if (!linked) {
            em.persist(new FaqTicketLink(item, ticket, caller(), clock.instant()));
        }
    }

    public void unlink(long faqId, long ticketId) {
        readable(ticketId);
        em.createQuery("DELETE FROM FaqTicketLink l WHERE l.item.id = :item AND l.ticket.id = :ticket")
                .setParameter("item", faqId).setParameter("ticket", ticketId).executeUpdate();
    }

    /** The FAQ articles linked to a ticket the agent may read. */
    public List<FaqRow> linkedTo(long ticketId) {
        readable(ticketId);
        return em.createQuery(FaqRow.SELECT + "WHERE f.id IN (SELECT l.item.id FROM FaqTicketLink l WHERE l.ticket.id = :ticket) "
                + "ORDER BY f.title", FaqRow.class).setParameter("ticket", ticketId).getResultList();
    }

    /** The tickets the article is linked to, of those the agent may read, newest first. */
    public List<LinkedTicket> tickets(long faqId) {
        Set<Long> groups = agents.grants(agents.current(context)).groupsWith(Permission.RO);
        if (groups.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT NEW org.helpdesk.faq.LinkedTicket(t.id, t.number, t.title) FROM FaqTicketLink l "
                + "JOIN l.ticket t WHERE l.item.id = :item AND t.queue.group.id IN :groups ORDER BY t.id DESC", LinkedTicket.class)
                .setParameter("item", faqId).setParameter("groups", groups).setMaxResults(50).getResultList();
    }

    public FaqAttachment attach(long faqId, NewAttachment file) {
        validation.check(file);
        AttachmentPolicy.checkSizes(List.of(file), settings.current().getMaxAttachmentBytes());
        FaqItem item = lookup.require(FaqItem.class, faqId);
        FaqAttachment attachment = new FaqAttachment(item, AttachmentPolicy.safeName(file.filename()),
                AttachmentPolicy.contentType(file.content(), file.contentType()), file.content());
        em.persist(attachment);
        item.filesChanged(approvedAsSaved());
        return attachment;
    }

    public void removeAttachment(long attachmentId) {
        FaqAttachment attachment = lookup.require(FaqAttachment.class, attachmentId);
        attachment.getItem().filesChanged(approvedAsSaved());
        em.remove(attachment);
    }

    private Ticket readable(long ticketId) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null) {
            throw new NotFoundException("ticket", ticketId);
        }
        agents.requireOrNotFound(agents.current(context), ticket.getQueue(), Permission.RO, "ticket", ticketId);
        return ticket;
    }

    private String caller() {
        return agents.current(context).getLogin();
    }

    /** What the index holds for an article: its title, keywords, symptom and solution. */
    static Set<String> terms(FaqItem item) {
        return TextAnalyzer.terms(item.getTitle(), item.getKeywords(), text(item.getSymptom()), text(item.getSolution()));
    }

    static String text(String html) {
        return html == null ? "" : HtmlToText.convert(html);
    }

    /** Plain text as HTML paragraphs, its markup characters escaped. */
    static String paragraphs(String plain) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : plain.strip().split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>");
            }
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
