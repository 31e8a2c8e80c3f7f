package org.helpdesk.mail.inbound;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.mail.mime.ParsedMail;
import org.helpdesk.queue.Queue;
import org.helpdesk.shared.BaseEntity;
import org.helpdesk.ticket.TicketType;

/**
 * A PostMaster filter: when all its conditions match a received message, it sets the new ticket's
 * queue, priority or type, or has the message ignored. Filters run in their order; one marked
 * "stop" ends the run when it matched.
 */
@EntityListeners(AuditListener.class)
@Entity
@Table(name = "postmaster_filter")
@NamedQuery(name = "PostmasterFilter.all", query = "SELECT f FROM PostmasterFilter f ORDER BY f.position, f.name")
@NamedQuery(name = "PostmasterFilter.count", query = "SELECT COUNT(f) FROM PostmasterFilter f")
@NamedQuery(name = "PostmasterFilter.valid",
        query = "SELECT f FROM PostmasterFilter f WHERE f.valid = TRUE ORDER BY f.position, f.name")
@NamedQuery(name = "PostmasterFilter.byName", query = "SELECT f FROM PostmasterFilter f WHERE f.name = :name")
public class PostmasterFilter extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "postmaster_filter_match", joinColumns = @JoinColumn(name = "filter_id"))
    @OrderColumn(name = "position")
    private List<FilterMatch> matches = new ArrayList<>();

    @ManyToOne
    @JoinColumn(name = "set_queue_id")
    private Queue setQueue;

    @Column(name = "set_priority")
    private Integer setPriority;

    @ManyToOne
    @JoinColumn(name = "set_type_id")
    private TicketType setType;

    @Column(name = "ignore_message", nullable = false)
    private boolean ignoreMessage;

    @Column(name = "stop_after", nullable = false)
    private boolean stop;

    @Column(nullable = false)
    private boolean valid = true;

    protected PostmasterFilter() {
    }

    public PostmasterFilter(String name) {
        this.name = name;
    }

    public void define(String name, int position, List<FilterMatch> matches, boolean stop) {
        this.name = name;
        this.position = position;
        this.matches = new ArrayList<>(matches);
        this.stop = stop;
    }

    /** What the filter does: {@code null} leaves a property as it is. */
    public void act(Queue queue, Integer priority, TicketType type, boolean ignore) {
        this.setQueue = queue;
        this.setPriority = priority;
        this.setType = type;
        this.ignoreMessage = ignore;
    }

    /** Whether every condition holds for the message. */
    public boolean matches(ParsedMail mail) {
        return !matches.isEmpty() && matches.stream().allMatch(m -> m.test(mail.header(m.getHeader())));
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public List<FilterMatch> getMatches() {
        return List.copyOf(matches);
    }

    public Queue getSetQueue() {
        return setQueue;
    }

    public Integer getSetPriority() {
        return setPriority;
    }

    public TicketType getSetType() {
        return setType;
    }

    public boolean isIgnoreMessage() {
        return ignoreMessage;
    }

    public boolean isStop() {
        return stop;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
