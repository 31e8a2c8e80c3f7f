package org.helpdesk.report;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.helpdesk.ticket.MilestoneKind;

/**
 * Turns a milestone into what the report counts, in its group: a ticket open at the period's end for
 * the backlog part; otherwise the milestone itself, but only moves from first-line support (tier 1)
 * up, and nothing for tickets merged or removed.
 */
@Dependent
@Named("factMaker")
public class FactMaker implements ItemProcessor {

    @Inject
    @BatchProperty
    String source;

    @Inject
    @BatchProperty
    String part;

    @Inject
    @BatchProperty
    String grouping;

    @Override
    public Object processItem(Object item) {
        MilestoneRow m = (MilestoneRow) item;
        Long group = Grouping.valueOf(grouping).keyOf(m);
        int partNumber = Integer.parseInt(part);
        if (MilestoneReader.BACKLOG.equals(source)) {
            return new Fact(partNumber, m.id(), Fact.BACKLOG, group, null, null, false);
        }
        boolean movedUp = m.kind() == MilestoneKind.MOVED && m.previousTier() != null && m.previousTier() == 1 && m.tier() > 1;
        if (m.kind() == MilestoneKind.ENDED || (m.kind() == MilestoneKind.MOVED && !movedUp)) {
            return null;
        }
        boolean timed = m.kind() == MilestoneKind.FIRST_RESPONSE || m.kind() == MilestoneKind.CLOSED;
        return new Fact(partNumber, m.id(), m.kind().name(), group, m.met(), timed ? m.businessMinutes() : null, movedUp);
    }
}
