package org.helpdesk.mail.outbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.queue.Queue;
import org.helpdesk.shared.BaseEntity;

/**
 * The text Helpdesk sends by itself for a queue, an occasion and a language. Subject and body are
 * templates (see {@link org.helpdesk.shared.Templates}): {@code {{ticket.number}}},
 * {@code {{ticket.title}}}, {@code {{ticket.url}}} and {@code {{customer.name}}}.
 */
@EntityListeners(AuditListener.class)
@Entity
@Table(name = "auto_response")
@NamedQuery(name = "AutoResponse.all", query = "SELECT r FROM AutoResponse r ORDER BY r.queue.name, r.kind, r.language")
@NamedQuery(name = "AutoResponse.count", query = "SELECT COUNT(r) FROM AutoResponse r")
@NamedQuery(name = "AutoResponse.of", query = "SELECT r FROM AutoResponse r WHERE r.queue = :queue AND r.kind = :kind "
        + "AND r.language = :language AND r.valid = TRUE")
@NamedQuery(name = "AutoResponse.ofQueue", query = "SELECT r FROM AutoResponse r WHERE r.queue.id = :queue "
        + "ORDER BY r.kind, r.language")
@NamedQuery(name = "AutoResponse.same", query = "SELECT r FROM AutoResponse r WHERE r.queue.id = :queue AND r.kind = :kind "
        + "AND r.language = :language")
public class AutoResponse extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "queue_id", nullable = false)
    private Queue queue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AutoResponseKind kind;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private boolean valid = true;

    protected AutoResponse() {
    }

    public AutoResponse(Queue queue, AutoResponseKind kind, String language, String subject, String body) {
        define(queue, kind, language, subject, body);
    }

    public void define(Queue queue, AutoResponseKind kind, String language, String subject, String body) {
        this.queue = queue;
        this.kind = kind;
        this.language = language;
        this.subject = subject;
        this.body = body;
    }

    /** Names the auto-response in the audit log: queue, occasion and language. */
    public String getName() {
        return queue.getName() + " · " + kind + " · " + language;
    }

    public Queue getQueue() {
        return queue;
    }

    public AutoResponseKind getKind() {
        return kind;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
