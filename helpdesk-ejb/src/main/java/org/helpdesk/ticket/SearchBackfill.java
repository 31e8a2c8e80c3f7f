package org.helpdesk.ticket;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.helpdesk.search.TextIndex;

/**
 * After each start, indexes the tickets the full-text index lacks or holds from an older analyzer:
 * those written before the index existed (an upgrade), by the data generator, or when the analyzer
 * changed. It walks the tickets by id in batches of {@value #BATCH}, one transaction each, and
 * stops when it reaches the end, where it has the database's statistics of the index brought up to date;
 * new tickets are indexed as they are written. With two servers
 * on one database both may walk; writing a ticket's index row twice gives the same row.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class SearchBackfill {

    private static final Logger LOG = Logger.getLogger(SearchBackfill.class.getName());
    static final int BATCH = 200;
    private static final long START_DELAY_MS = 5_000;

    @Resource
    TimerService timers;

    @Resource
    SessionContext context;

    @Inject
    TextIndex index;

    @Inject
    TicketIndexing indexing;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(START_DELAY_MS, new TimerConfig("search index backfill", false));
    }

    /** One walk over all tickets: run by the timer after the start (and callable at any time: it only fills gaps). */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void walk() {
        SearchBackfill self = context.getBusinessObject(SearchBackfill.class);
        long after = 0;
        long indexed = 0;
        long started = System.nanoTime();
        for (List<Long> ids = self.nextBatch(after); !ids.isEmpty(); ids = self.nextBatch(after)) {
            self.index(ids);
            after = ids.get(ids.size() - 1);
            indexed += ids.size();
            if (indexed % 50_000 < BATCH) {
                long done = indexed;
                LOG.info(() -> "Search index backfill: " + done + " tickets indexed so far");
            }
        }
        if (indexed > 0) {
            self.analyze();
        }
        long done = indexed;
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        LOG.info(() -> "Search index up to date: " + done + " tickets indexed in " + seconds + " s");
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> nextBatch(long afterId) {
        return index.unindexed(afterId, BATCH);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void index(List<Long> ticketIds) {
        indexing.reindex(ticketIds);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void analyze() {
        index.analyze();
    }
}
