package org.helpdesk.ticket;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * target ticket) or a new title, after which the ticket is indexed again from the database.
 */
@ApplicationScoped
public class TicketIndexing {

    @Inject
    TextIndex index;

    @PersistenceContext
    EntityManager em;

    void created(@Observes(during = TransactionPhase.IN_PROGRESS) TicketCreated created) {
        em.flush(); // the index row refers to the ticket
        List<String> texts = new ArrayList<>();
        texts.add(created.ticket().getTitle());
        texts.addAll(texts(created.firstArticle()));
        index.put(created.ticket().getId(), TextAnalyzer.terms(texts.toArray(String[]::new)));
    }

    void added(@Observes(during = TransactionPhase.IN_PROGRESS) ArticleAdded added) {
        em.flush();
        index.add(added.ticket().getId(), TextAnalyzer.terms(texts(added.article()).toArray(String[]::new)));
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
        Map<Long, List<String>> texts = new LinkedHashMap<>();
        em.createQuery("SELECT t.id, t.title FROM Ticket t WHERE t.id IN :ids", Object[].class)
                .setParameter("ids", ticketIds).getResultStream()
                .forEach(row -> texts.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        em.createQuery("SELECT a.ticket.id, a.subject, a.body FROM Article a WHERE a.ticket.id IN :ids", Object[].class)
                .setParameter("ids", ticketIds).getResultStream().forEach(row -> {
                    List<String> ticket = texts.get((Long) row[0]);
                    ticket.add((String) row[1]);
                    ticket.add((String) row[2]);
                });
        em.createQuery("SELECT f.article.ticket.id, f.filename FROM Attachment f WHERE f.article.ticket.id IN :ids",
                Object[].class).setParameter("ids", ticketIds).getResultStream()
                .forEach(row -> texts.get((Long) row[0]).add((String) row[1]));
        texts.forEach((id, ticket) -> index.put(id, TextAnalyzer.terms(ticket.toArray(String[]::new))));
    }

    private static List<String> texts(Article article) {
        List<String> texts = new ArrayList<>();
        texts.add(article.getSubject());
        texts.add(article.getBody());
        article.getAttachments().forEach(attachment -> texts.add(attachment.getFilename()));
        return texts;
    }
}
