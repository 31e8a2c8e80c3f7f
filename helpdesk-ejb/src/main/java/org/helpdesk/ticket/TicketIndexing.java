package org.helpdesk.ticket;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.search.TextAnalyzer;
import org.helpdesk.search.TextIndex;

/**
 * Keeps the full-text index of tickets up to date inside the transaction that writes them: a new
 * ticket with its first article, every article added later, and a merge (the articles move to the
 * target ticket) or a new title, after which the ticket is indexed again from the database. The title
 * and the articles the customer sees are the text everybody reads; internal notes are the agents' only
 * ({@link TextIndex#terms(Set, Set)}).
 */
@ApplicationScoped
public class TicketIndexing {

    @Inject
    TextIndex index;

    @PersistenceContext
    EntityManager em;

    void created(@Observes(during = TransactionPhase.IN_PROGRESS) TicketCreated created) {
        em.flush(); // the index row refers to the ticket
        Texts texts = new Texts();
        texts.shared.add(created.ticket().getTitle());
        texts.add(created.firstArticle().isVisibleForCustomer(), texts(created.firstArticle()));
        index.put(created.ticket().getId(), texts.terms());
    }

    void added(@Observes(during = TransactionPhase.IN_PROGRESS) ArticleAdded added) {
        em.flush();
        Texts texts = new Texts();
        texts.add(added.article().isVisibleForCustomer(), texts(added.article()));
        index.add(added.ticket().getId(), texts.terms());
    }

    void changed(@Observes(during = TransactionPhase.IN_PROGRESS) TicketChanged changed) {
        HistoryType type = changed.change().getType();
        if (type == HistoryType.MERGED || type == HistoryType.TITLE_UPDATE) {
            em.flush();
            reindex(List.of(changed.ticket().getId()));
        }
    }

    /** Indexes the tickets again from what the database holds: three queries for all of them. */
    public void reindex(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return;
        }
        Map<Long, Texts> texts = new LinkedHashMap<>();
        em.createQuery("SELECT t.id, t.title FROM Ticket t WHERE t.id IN :ids", Object[].class)
                .setParameter("ids", ticketIds).getResultStream()
                .forEach(row -> texts.computeIfAbsent((Long) row[0], id -> new Texts()).shared.add((String) row[1]));
        em.createQuery("SELECT a.ticket.id, a.visibleForCustomer, a.subject, a.body FROM Article a WHERE a.ticket.id IN :ids",
                Object[].class).setParameter("ids", ticketIds).getResultStream()
                .forEach(row -> texts.get((Long) row[0]).add((Boolean) row[1], (String) row[2], (String) row[3]));
        em.createQuery("SELECT f.article.ticket.id, f.article.visibleForCustomer, f.filename FROM Attachment f "
                + "WHERE f.article.ticket.id IN :ids", Object[].class).setParameter("ids", ticketIds).getResultStream()
                .forEach(row -> texts.get((Long) row[0]).add((Boolean) row[1], (String) row[2]));
        texts.forEach((id, ticket) -> index.put(id, ticket.terms()));
    }

    /** A ticket's text: what everybody who reads the ticket reads, and what only agents read. */
    private static final class Texts {

        final List<String> shared = new ArrayList<>();
        final List<String> internal = new ArrayList<>();

        void add(boolean visibleForCustomer, String... texts) {
            Collections.addAll(visibleForCustomer ? shared : internal, texts);
        }

        Set<String> terms() {
            return TextIndex.terms(TextAnalyzer.terms(shared.toArray(String[]::new)),
                    TextAnalyzer.terms(internal.toArray(String[]::new)));
        }
    }

    private static String[] texts(Article article) {
        List<String> texts = new ArrayList<>();
        texts.add(article.getSubject());
        texts.add(article.getBody());
        article.getAttachments().forEach(attachment -> texts.add(attachment.getFilename()));
        return texts.toArray(String[]::new);
    }
}
