package org.helpdesk.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;

/** The names of a report's groups, read for the keys it has in one query. */
final class ReportLabels {

    private final EntityManager em;

    ReportLabels(EntityManager em) {
        this.em = em;
    }

    Map<Long, String> of(Grouping grouping, Set<Long> keys) {
        List<Long> ids = keys.stream().filter(Objects::nonNull).toList();
        Map<Long, String> labels = new HashMap<>();
        if (ids.isEmpty()) {
            return labels;
        }
        String jpql = switch (grouping) {
            case QUEUE -> "SELECT e.id, e.name FROM Queue e WHERE e.id IN :ids";
            case TYPE -> "SELECT e.id, e.name FROM TicketType e WHERE e.id IN :ids";
            case SERVICE -> "SELECT e.id, e.name FROM ItService e WHERE e.id IN :ids";
            case SLA -> "SELECT e.id, e.name FROM Sla e WHERE e.id IN :ids";
            case OWNER -> "SELECT e.id, CONCAT(e.firstName, ' ', e.lastName) FROM Agent e WHERE e.id IN :ids";
            case COMPANY -> "SELECT e.id, e.name FROM CustomerCompany e WHERE e.id IN :ids";
            // the desk's own names (Spanish first: "3 normal"); a run's rows keep one label
            case PRIORITY -> "SELECT e.level, e.nameEs FROM TicketPriority e WHERE e.level IN :ids";
        };
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> page = ids.subList(from, Math.min(ids.size(), from + 500));
            em.createQuery(jpql, Object[].class)
                    .setParameter("ids", grouping == Grouping.PRIORITY ? page.stream().map(Long::intValue).toList() : page)
                    .getResultStream().forEach(r -> labels.put(((Number) r[0]).longValue(), (String) r[1]));
        }
        return labels;
    }
}
