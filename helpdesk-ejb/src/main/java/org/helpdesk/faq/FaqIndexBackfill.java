package org.helpdesk.faq;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.search.Faq;
import org.helpdesk.search.TextIndex;

/**
 * After each start, indexes the FAQ articles the full-text index lacks or holds from an older
 * analyzer (after an upgrade that changed it). A knowledge base holds thousands of articles, not
 * millions: one transaction walks them all. Articles are indexed as they are saved, so this
 * usually finds nothing; with two servers on one database both may walk, to the same result.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class FaqIndexBackfill {

    private static final Logger LOG = Logger.getLogger(FaqIndexBackfill.class.getName());
    private static final int BATCH = 500;
    private static final long START_DELAY_MS = 5_000;

    @Resource
    TimerService timers;

    @PersistenceContext
    EntityManager em;

    @Inject
    @Faq
    TextIndex index;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(START_DELAY_MS, new TimerConfig("FAQ index backfill", false));
    }

    @Timeout
    void afterStart() {
        walk();
    }

    /** Indexes every article the index lacks; returns how many (callable at any time: it only fills gaps). */
    public int walk() {
        int indexed = 0;
        long after = 0;
        for (List<Long> ids = index.unindexed(after, BATCH); !ids.isEmpty(); ids = index.unindexed(after, BATCH)) {
            for (Long id : ids) {
                index.put(id, FaqService.terms(em.find(FaqItem.class, id)));
            }
            after = ids.get(ids.size() - 1);
            indexed += ids.size();
        }
        if (indexed > 0) {
            int done = indexed;
            LOG.info(() -> "FAQ index backfill: " + done + " articles indexed");
        }
        return indexed;
    }
}
