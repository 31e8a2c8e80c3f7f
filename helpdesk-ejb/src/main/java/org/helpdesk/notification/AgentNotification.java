package org.helpdesk.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.agent.Agent;
import org.helpdesk.shared.BaseEntity;
import org.helpdesk.ticket.Ticket;

/** A notification in an agent's bell: unread until the agent opens it. */
@Entity
@Table(name = "agent_notification")
@NamedQuery(name = "AgentNotification.unread",
        query = "SELECT n.id FROM AgentNotification n WHERE n.agent = :agent AND n.readAt IS NULL")
@NamedQuery(name = "AgentNotification.all", query = "SELECT n.id FROM AgentNotification n WHERE n.agent = :agent")
@NamedQuery(name = "AgentNotification.recent",
        query = "SELECT n FROM AgentNotification n WHERE n.agent = :agent ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = "AgentNotification.readAll",
        query = "UPDATE AgentNotification n SET n.readAt = :now WHERE n.agent = :agent AND n.readAt IS NULL")
public class AgentNotification extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agent_id", nullable = false)
    private Agent agent;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected AgentNotification() {
    }

    public AgentNotification(Agent agent, Ticket ticket, String text, Instant createdAt) {
        this.agent = agent;
        this.ticket = ticket;
        this.text = text.length() > 500 ? text.substring(0, 500) : text;
        this.createdAt = createdAt;
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Agent getAgent() {
        return agent;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
