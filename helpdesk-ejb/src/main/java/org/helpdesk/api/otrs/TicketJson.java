package org.helpdesk.api.otrs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.shared.Jsons;
import org.helpdesk.ticket.HistoryType;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketPriority;

/** A ticket's fields as Znuny's TicketGet gives them (values as text), for TicketGet and the web hooks' payloads. */
@ApplicationScoped
public class TicketJson {

    /** How OTRS writes times. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @PersistenceContext
    EntityManager em;

    /** The ticket's fields, without articles and dynamic fields. */
    public JsonObjectBuilder of(Ticket ticket) {
        Instant now = Instant.now();
        return Jsons.object()
                .add("TicketID", String.valueOf(ticket.getId()))
                .add("TicketNumber", ticket.getNumber())
                .add("Title", ticket.getTitle())
                .add("State", ticket.getState().getName())
                .add("StateID", String.valueOf(ticket.getState().getId()))
                .add("StateType", TicketConnector.stateTypeName(ticket.getState().getType()))
                .add("Priority", priorityName(ticket.getPriority()))
                .add("PriorityID", String.valueOf(ticket.getPriority()))
                .add("Lock", ticket.isLocked() ? "lock" : "unlock")
                .add("LockID", ticket.isLocked() ? "2" : "1")
                .add("Queue", ticket.getQueue().getName())
                .add("QueueID", String.valueOf(ticket.getQueue().getId()))
                .add("CustomerID", ticket.getCompany() == null ? "" : ticket.getCompany().getCode())
                .add("CustomerUserID", ticket.getCustomer().getLogin())
                .add("Owner", ticket.getOwner() == null ? "" : ticket.getOwner().getLogin())
                .add("OwnerID", ticket.getOwner() == null ? "" : String.valueOf(ticket.getOwner().getId()))
                .add("Responsible", ticket.getResponsible() == null ? "" : ticket.getResponsible().getLogin())
                .add("ResponsibleID", ticket.getResponsible() == null ? "" : String.valueOf(ticket.getResponsible().getId()))
                .add("Type", ticket.getType().getName())
                .add("TypeID", String.valueOf(ticket.getType().getId()))
                .add("Service", ticket.getService() == null ? "" : ticket.getService().getName())
                .add("ServiceID", ticket.getService() == null ? "" : String.valueOf(ticket.getService().getId()))
                .add("SLA", ticket.getSla() == null ? "" : ticket.getSla().getName())
                .add("SLAID", ticket.getSla() == null ? "" : String.valueOf(ticket.getSla().getId()))
                .add("Age", String.valueOf(Math.max(0, now.getEpochSecond() - ticket.getCreatedAt().getEpochSecond())))
                .add("Created", time(ticket.getCreatedAt()))
                .add("CreateBy", ticket.getCreatedBy())
                .add("Changed", time(ticket.getChangedAt()))
                .add("ChangeBy", ticket.getChangedBy())
                .add("ArchiveFlag", "n")
                .add("EscalationTime", epoch(ticket.getEscalationAt()))
                .add("EscalationResponseTime", epoch(ticket.getFirstResponseDue()))
                .add("EscalationUpdateTime", epoch(ticket.getUpdateDue()))
                .add("EscalationSolutionTime", epoch(ticket.getSolutionDue()))
                .add("UntilTime", ticket.getPendingUntil() == null ? "0"
                        : String.valueOf(Math.max(0, ticket.getPendingUntil().getEpochSecond() - now.getEpochSecond())));
    }

    /**
     * What Znuny's TicketGet adds with {@code Extended}: when the customer was first answered
     * ({@code FirstResponse}), the ticket first locked ({@code FirstLock}) and closed ({@code Closed}, the
     * last closing); each only once it happened.
     */
    public JsonObjectBuilder extended(JsonObjectBuilder json, Ticket ticket) {
        // not MIN(): an aggregate skips the moment's converter
        Instant firstLock = em.createQuery("SELECT h.createdAt FROM HistoryEntry h WHERE h.ticket = :ticket AND h.type = :lock "
                + "ORDER BY h.createdAt, h.id", Instant.class).setParameter("ticket", ticket).setParameter("lock", HistoryType.LOCK)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (ticket.getFirstResponseAt() != null) {
            json.add("FirstResponse", time(ticket.getFirstResponseAt()));
        }
        if (firstLock != null) {
            json.add("FirstLock", time(firstLock));
        }
        if (ticket.getClosedAt() != null) {
            json.add("Closed", time(ticket.getClosedAt()));
        }
        return json;
    }

    /** A time as OTRS writes it, {@code yyyy-MM-dd HH:mm:ss} in UTC; empty for none. */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** A time as seconds since 1970, "0" for none. */
    static String epoch(Instant instant) {
        return instant == null ? "0" : String.valueOf(instant.getEpochSecond());
    }

    private String priorityName(int level) {
        TicketPriority priority = em.find(TicketPriority.class, level);
        return priority == null ? String.valueOf(level) : priority.getNameEn();
    }
}
