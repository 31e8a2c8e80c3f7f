package org.helpdesk.faq;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.helpdesk.customer.CustomerDirectory;
import org.helpdesk.search.Faq;
import org.helpdesk.search.Relevance;
import org.helpdesk.search.TextIndex;
import org.helpdesk.search.TextIndex.Part;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.Page;
import org.helpdesk.ticket.HtmlSanitizer;

/**
 * Reading the knowledge base, for everyone by what they may see: agents every article, signed-in
 * customers the valid, approved articles for customers and the public, anyone else the public ones.
 * An article one may not see is "not found", whether it exists or not.
 */
@Stateless
@PermitAll
public class KnowledgeBase {

    /** How long after a customer opened a suggested article a ticket still counts as "not deflected". */
    public static final Duration SETTLED = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    CustomerDirectory customers;

    @Inject
    Clock clock;

    @Inject
    @Faq
    TextIndex index;

    /** The valid categories, by name, for browsing and choosing. */
    public List<FaqCategory> categories() {
        return em.createQuery("SELECT c FROM FaqCategory c LEFT JOIN FETCH c.parent WHERE c.valid = TRUE ORDER BY c.name",
                FaqCategory.class).getResultList();
    }

    /** One page of the articles the caller may read, in a category and with the words of {@code text} when given. */
    public Page<FaqRow> browse(Long categoryId, String text, int first, int pageSize) {
        Map<String, Object> parameters = new HashMap<>();
        return FaqPages.page(em, index, visible(parameters), parameters, categoryId, text, "f.title, f.id", first, pageSize);
    }

    /**
     * Up to {@code max} valid articles the caller may read that answer {@code text} best (see
     * {@link Relevance}): what the portal's new-ticket form and the agents' ticket zoom suggest.
     */
    public List<FaqRow> suggest(String text, int max) {
        Set<String> terms = Relevance.terms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Object[]> found = em.createQuery("SELECT f.id, f.title, f.keywords FROM FaqItem f JOIN f.category c WHERE "
                + visible(parameters) + " AND f.valid = TRUE AND " + index.matchingAny("f.id", terms, Part.SHARED) + " ORDER BY f.id DESC",
                Object[].class);
        parameters.forEach(found::setParameter);
        Map<Long, String> candidates = new LinkedHashMap<>();
        found.setMaxResults(Relevance.CANDIDATES).getResultStream()
                .forEach(row -> candidates.put((Long) row[0], row[1] + " " + Objects.toString(row[2], "")));
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Long> ranked = Relevance.rank(candidates, terms, index.counts(candidates.keySet(), terms, Part.SHARED));
        List<Long> best = ranked.subList(0, Math.min(max, ranked.size()));
        Map<Long, FaqRow> rows = em.createQuery(FaqRow.SELECT + "WHERE f.id IN :ids", FaqRow.class).setParameter("ids", best)
                .getResultStream().collect(Collectors.toMap(FaqRow::id, Function.identity()));
        return best.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    /** An article the caller may read, ready to show. */
    public FaqArticle read(long id) {
        FaqItem item = visibleItem(id);
        List<FaqArticle.FileInfo> files = em.createQuery("SELECT NEW org.helpdesk.faq.FaqArticle.FileInfo(a.id, a.filename, "
                + "a.contentType, a.size) FROM FaqAttachment a WHERE a.item.id = :item ORDER BY a.id", FaqArticle.FileInfo.class)
                .setParameter("item", id).getResultList();
        return new FaqArticle(item.getId(), item.getTitle(), item.getCategory().getPath(),
                item.getKeywords(), item.getLanguage(), item.getVisibility(), item.isValid(), item.isApproved(),
                item.getRevision(), HtmlSanitizer.sanitize(item.getSymptom()), HtmlSanitizer.sanitize(item.getSolution()),
                FaqService.text(item.getSolution()), item.getChangedAt(), item.getChangedBy(), item.getHelpfulYes(),
                item.getHelpfulNo(), files);
    }

    /** A file of an article the caller may read. */
    public FaqAttachment attachment(long attachmentId) {
        FaqAttachment attachment = em.find(FaqAttachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFoundException("attachment", attachmentId);
        }
        visibleItem(attachment.getItem().getId());
        return attachment;
    }

    /** "Was it useful?": counts one answer for an article the caller may read. */
    public void rate(long id, boolean helpful) {
        visibleItem(id);
        em.createQuery(helpful ? "UPDATE FaqItem f SET f.helpfulYes = f.helpfulYes + 1 WHERE f.id = :id"
                : "UPDATE FaqItem f SET f.helpfulNo = f.helpfulNo + 1 WHERE f.id = :id").setParameter("id", id).executeUpdate();
    }

    /**
     * The caller opened an article the new-ticket form suggested (see {@link FaqStatistic}): counted for a
     * signed-in customer only (an agent following the link counts nothing).
     */
    public void openedFromSuggestion(long id) {
        FaqItem item = visibleItem(id);
        if (context.isCallerInRole("customer")) {
            em.persist(new SuggestionOpened(item, customers.current(context).getId(), clock.instant()));
        }
    }

    /**
     * The articles customers opened from suggestions, those that deflected most tickets first: how managers
     * see which articles spare the desk work.
     */
    @RolesAllowed("stats")
    public Page<FaqStatistic> statistics(int first, int pageSize) {
        String deflected = "SUM(CASE WHEN o.ticketId IS NULL AND o.openedAt < :settled THEN 1 ELSE 0 END)";
        List<FaqStatistic> rows = em.createQuery("SELECT f.id, f.title, COUNT(o), SUM(CASE WHEN o.ticketId IS NULL THEN 0 "
                + "ELSE 1 END), " + deflected + ", f.helpfulYes, f.helpfulNo FROM SuggestionOpened o JOIN o.item f "
                + "GROUP BY f.id, f.title, f.helpfulYes, f.helpfulNo ORDER BY " + deflected + " DESC, COUNT(o) DESC, f.id",
                Object[].class).setParameter("settled", clock.instant().minus(SETTLED))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, 200))).getResultStream()
                .map(r -> new FaqStatistic((Long) r[0], (String) r[1], ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), (Integer) r[5], (Integer) r[6]))
                .toList();
        long total = em.createQuery("SELECT COUNT(DISTINCT o.item.id) FROM SuggestionOpened o", Long.class).getSingleResult();
        return new Page<>(rows, total);
    }

    private FaqItem visibleItem(long id) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<FaqItem> query = em.createQuery("SELECT f FROM FaqItem f JOIN FETCH f.category c WHERE f.id = :id AND "
                + visible(parameters), FaqItem.class).setParameter("id", id);
        parameters.forEach(query::setParameter);
        return query.getResultStream().findFirst().orElseThrow(() -> new NotFoundException("faq", id));
    }

    /** The JPQL condition on {@code f} for the articles the caller may read. */
    private String visible(Map<String, Object> parameters) {
        if (context.isCallerInRole("agent")) {
            return "f.id IS NOT NULL";
        }
        parameters.put("shown", context.isCallerInRole("customer") ? Set.of(FaqVisibility.CUSTOMER, FaqVisibility.PUBLIC)
                : Set.of(FaqVisibility.PUBLIC));
        return "f.valid = TRUE AND f.approved = TRUE AND c.valid = TRUE AND f.visibility IN :shown";
    }
}
